// 资格自查: the questions an applicant answers, the verdict, the findings and the forms.
import { AppPage } from './app.mjs';

export class EligibilityPage extends AppPage {
  open(query = '?page=eligibility') {
    return super.open(query, 'civil-no');
  }

  /** Reloads the page with answers stored, and waits for the verdict they give. */
  reload() {
    return super.reload('verdict');
  }

  /**
   * Answers the questions a person sees, in order, by their labels:
   * `{ civilServant, specialty, target, unit, education, title, titleDate,
   * patent, benefitWan }` (labels as shown, e.g. `target: '高级工程师'`).
   */
  async answerSelfCheck(a) {
    await this.testId(`civil-${a.civilServant ? 'yes' : 'no'}`).check();
    if (a.civilServant) return;
    await this.testId('sector-yes').check();
    await this.choose('申报专业', a.specialty);
    await this.choose('申报级别', a.target);
    await this.choose('所在单位层级', a.unit);
    await this.choose('最高学历', a.education);
    await this.choose('现有职称', a.title);
    await this.titledOn(a.titleDate);
    if (a.patent) {
      await this.choose('以专利经济效益申报（可选）', a.patent);
      await this.benefit(a.benefitWan);
    }
  }

  /** Picks the option shown as `label` in the select labelled `question`. */
  async choose(question, label) {
    await this.page.getByLabel(question).selectOption({ label });
  }

  /** The day the current title was obtained. */
  async titledOn(date) {
    await this.page.getByLabel('取得现职称的日期').fill(date);
  }

  titleDateValue() {
    return this.page.getByLabel('取得现职称的日期').inputValue();
  }

  /** The yearly economic benefit of the patent route, in 万元. */
  async benefit(wan) {
    await this.page.getByLabel('年创经济效益（万元）').fill(wan);
  }

  benefitValue() {
    return this.page.getByLabel('年创经济效益（万元）').inputValue();
  }

  /** Whether the question labelled `question` is asked at all (a count). */
  questionCount(question) {
    return this.page.getByLabel(question).count();
  }

  /** `eligible`, `ineligible` or `check`. */
  verdict() {
    return this.testId('verdict').getAttribute('data-verdict');
  }

  /** The finding(s) for `rule` (`civil-servant`, `seniority`, `defense`, …). */
  finding(rule) {
    return this.page.locator(`[data-testid="finding"][data-rule="${rule}"]`);
  }

  /** Opens the clause behind the finding for `rule`. */
  async openClause(rule) {
    await this.finding(rule).locator('summary').click();
  }

  /** The forms owed, by `data-form`. */
  forms() {
    return this.testId('form-item').evaluateAll((items) => items.map((i) => i.dataset.form));
  }

  formItems() {
    return this.testId('form-item');
  }

  /** Ticks the first form owed as ready. */
  async tickFirstForm() {
    await this.formItems().first().getByRole('checkbox').check();
  }

  firstFormTicked() {
    return this.formItems().first().getByRole('checkbox').isChecked();
  }

  /** The message at a field (`title-date`, `benefit`, `achievement`, `score`). */
  fieldError(field) {
    return this.page.locator(`[data-field="${field}"]`);
  }

  /** The day the unit posted the publicity (achievements after it were never publicised). */
  async achievementsPostedOn(date) {
    await this.testId('ach-posted').fill(date);
    await this.testId('ach-posted').blur();
  }

  /** The achievement named `name`. */
  achievement(name) {
    return this.achievements().filter({ hasText: name });
  }

  /** Adds an achievement (`name` and `date` may be left out: then 添加 is pressed as is). */
  async addAchievement({ name, date } = {}) {
    if (name !== undefined) await this.page.getByLabel('名称', { exact: true }).fill(name);
    if (date !== undefined) await this.page.getByLabel('取得日期').fill(date);
    await this.testId('ach-add').click();
  }

  /** Each achievement's status against the window (`in`, `out`). */
  achievementStatuses() {
    return this.testId('achievement').evaluateAll((l) => l.map((i) => i.dataset.status));
  }

  achievements() {
    return this.testId('achievement');
  }

  /** Types the quantified score and the defense score. */
  async scores({ quantified, defense }) {
    if (quantified !== undefined) await this.page.getByLabel('量化赋分').fill(quantified);
    if (defense !== undefined) await this.page.getByLabel('答辩分').fill(defense);
  }

  compositeScore() {
    return this.testId('composite-score');
  }
}
