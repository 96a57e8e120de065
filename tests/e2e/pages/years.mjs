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

  /**
   * Pastes a notice into a box (`holiday`: the State Council's holiday
   * notice; `notice`: the province's evaluation notice) and presses 识别
   * (nothing is saved yet).
   */
  async paste(box, text) {
    await this.testId(`${box}-paste`).fill(text);
    await this.testId(`${box}-parse`).click();
  }

  /** Pastes the State Council's holiday notice and waits for its preview of `year`. */
  async pasteHolidayNotice(text, year) {
    await this.paste('holiday', text);
    await this.holidayPreview(year).waitFor();
  }

  /** Pastes the province's evaluation notice and waits for its preview of `year`. */
  async pasteEvaluationNotice(text, year) {
    await this.paste('notice', text);
    await this.noticePreview(year).waitFor();
  }

  holidayPreview(year) {
    return this.page.locator(`[data-testid="holiday-preview"][data-year="${year}"]`);
  }

  noticePreview(year) {
    return this.page.locator(`[data-testid="notice-preview"][data-year="${year}"]`);
  }

  /** The days the holiday preview read: `[date, off]` pairs (`off` `'true'` or `'false'`). */
  parsedDays() {
    return this.testId('parsed-day').evaluateAll((els) => els.map((e) => [e.dataset.date, e.dataset.off]));
  }

  parsedDay(date) {
    return this.page.locator(`[data-testid="parsed-day"][data-date="${date}"]`);
  }

  /** The notice preview's fields: `{ field: value }`. */
  parsedFields() {
    return this.testId('parsed-field').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.dataset.field, e.dataset.value])));
  }

  /** One field of the notice preview (`data-field`). */
  parsedField(field) {
    return this.page.locator(`[data-testid="parsed-field"][data-field="${field}"]`);
  }

  /** The fields the preview could not read and asks for. */
  missingFields() {
    return this.testId('missing-field').evaluateAll((els) => els.map((e) => e.dataset.field));
  }

  /** Types a window the notice preview asks for, by its label. */
  async fillWindow(label, value) {
    await this.page.getByLabel(label).fill(value);
  }

  /** The 保存 button of a box's preview. */
  confirmButton(box) {
    return this.testId(`${box}-paste-confirm`);
  }

  /** Saves a box's preview and waits for its message to match `pattern`; returns it. */
  async confirmPaste(box, pattern) {
    await this.confirmButton(box).click();
    return expectText(this.testId(`${box}-paste-message`), pattern);
  }

  /** The alert a box shows for a paste it could not read. */
  pasteError(box) {
    return this.page.locator(`[data-testid="${box}-paste-error"][role="alert"]`);
  }
}
