// 材料文书: the publicity notice, the report, the 附件5 table and the file bags.
import { readFile } from 'node:fs/promises';
import { AppPage } from './app.mjs';

export class DocumentsPage extends AppPage {
  open(query = '?page=documents') {
    return super.open(query, 'doc-posted');
  }

  reload() {
    return super.reload('doc-posted');
  }

  /** Types into the field labelled `label` and leaves it (the page saves on change). */
  async type(label, value) {
    await this.page.getByLabel(label).fill(value);
    await this.page.getByLabel(label).blur();
  }

  /** The unit's facts the documents carry. */
  async fillUnit({ name, place, contact }) {
    await this.type('单位名称（与公章一致）', name);
    await this.type('公示地点', place);
    await this.type('异议受理联系人及电话', contact);
  }

  /** The day the publicity was posted. */
  async postedOn(date) {
    await this.type('公示张贴日期', date);
  }

  /** Writes what objections came in during the publicity. */
  async objections(text) {
    await this.type('公示期间的异议（没有则留空）', text);
  }

  /** The publicity notice (`doc-notice`, with `data-start` and `data-end`). */
  notice() {
    return this.testId('doc-notice');
  }

  /** The 公示情况说明. */
  report() {
    return this.testId('doc-report');
  }

  /** The first and last working day of the publicity the notice states. */
  async noticeDates() {
    const notice = this.notice();
    return [await notice.getAttribute('data-start'), await notice.getAttribute('data-end')];
  }

  /** Rewords the notice by hand. */
  async rewordNotice(text) {
    await this.page.locator('[data-doc="notice"] summary').click();
    await this.testId('edit-notice').fill(text);
  }

  /** Puts the engine's text back (the first 按最新信息重新生成). */
  async regenerateNotice() {
    await this.page.getByRole('button', { name: '按最新信息重新生成' }).first().click();
  }

  /** The forms (`data-form`) the bag of applicant `id` lists. */
  bagForms(id) {
    return this.page
      .locator(`[data-testid="bag"][data-id="${id}"] [data-testid="bag-item"]`)
      .evaluateAll((l) => l.map((i) => i.dataset.form));
  }

  /** The rows of the 附件5 table on the page, as text. */
  summaryRows() {
    return this.page.locator('[data-testid="summary-table"] tbody tr').allInnerTexts();
  }

  /** Includes (`true`) or leaves out (`false`) applicant `id` in the documents. */
  async include(id, included) {
    const box = this.page.locator(`[data-testid="doc-include"][data-id="${id}"]`);
    if (included) await box.check();
    else await box.uncheck();
  }

  /** The file bag of applicant `id`. */
  bag(id) {
    return this.page.locator(`[data-testid="bag"][data-id="${id}"]`);
  }

  /** Downloads the 附件5 CSV: `{ filename, bytes }`. */
  async downloadCsv() {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.testId('csv-download').click()]);
    return { filename: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }

  /** Presses the 打印 button of document `id` (notice, report, summary, bags). */
  async print(id) {
    await this.testId(`print-${id}`).click();
  }
}
