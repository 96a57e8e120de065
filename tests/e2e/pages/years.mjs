// 年度数据: a year's notice entered by hand or pasted, and holiday data.
import { AppPage, expectText } from './app.mjs';

export class YearsPage extends AppPage {
  open(query = '?page=years') {
    return super.open(query, 'new-year-create');
  }

  reload() {
    return super.reload('new-year-create');
  }

  /** Starts a year's profile from its projection (nothing is saved until 保存). */
  async createYear(year) {
    await this.page.getByLabel('新建年度').fill(String(year));
    await this.testId('new-year-create').click();
    await this.testId('profile-editor').waitFor();
  }

  /** Types `value` into the profile editor's field labelled `label`. */
  async fillProfile(label, value) {
    await this.page.getByLabel(label).fill(value);
  }

  /** What the profile editor's field labelled `label` holds. */
  profileValue(label) {
    return this.page.getByLabel(label).inputValue();
  }

  /** Presses 保存 and waits for the message to match `pattern`; returns it. */
  async saveProfile(pattern) {
    await this.testId('profile-save').click();
    return expectText(this.testId('profile-save-message'), pattern);
  }

  /** The holiday years listed (`holiday-year` rows). */
  holidayYears() {
    return this.testId('holiday-year');
  }

  holidayYear(year) {
    return this.page.locator(`[data-testid="holiday-year"][data-year="${year}"]`);
  }

  /** Imports a holiday-cn file and waits for the message to match `pattern`. */
  async importHolidays(name, buffer, pattern) {
    await this.testId('holiday-import').setInputFiles({ name, mimeType: 'application/json', buffer });
    return expectText(this.testId('holiday-message'), pattern);
  }

  /** Adds one day by hand (`kind` `off` or `work`) and waits for the message to match `pattern`. */
  async addDay({ date, name, kind }, pattern) {
    await this.page.getByLabel('日期', { exact: true }).fill(date);
    if (name !== undefined) await this.page.getByLabel('节日名称').fill(name);
    if (kind !== undefined) await this.page.getByLabel('类型', { exact: true }).selectOption(kind);
    await this.testId('day-add').click();
    return expectText(this.testId('holiday-message'), pattern);
  }

  /** Pastes the State Council's holiday notice and reads it (nothing saved yet). */
  async pasteHolidayNotice(text) {
    await this.testId('holiday-paste').fill(text);
    await this.testId('holiday-parse').click();
  }

  /** Pastes the province's evaluation notice and reads it (nothing saved yet). */
  async pasteEvaluationNotice(text) {
    await this.testId('notice-paste').fill(text);
    await this.testId('notice-parse').click();
  }
}
