// 单位总览: the unit's applicants, the overview, export and import.
import { readFile } from 'node:fs/promises';
import { AppPage, expectText } from './app.mjs';

export class WorkspacePage extends AppPage {
  open(query = '?page=workspace') {
    return super.open(query, 'add-applicant');
  }

  reload() {
    return super.reload('add-applicant');
  }

  /** Types a name into 新增申报人 and presses 添加; the editor opens for it. */
  async addApplicant(name) {
    await this.page.getByLabel('新增申报人（姓名）').fill(name);
    await this.testId('add-applicant').click();
    await this.testId('editor').waitFor();
  }

  /** Presses 添加 with the name as it is (say, empty). */
  async pressAdd() {
    await this.testId('add-applicant').click();
  }

  /** The message at the name field. */
  nameError() {
    return this.page.locator('[data-field="name"]');
  }

  /** Closes the editor (完成). */
  async done() {
    await this.testId('editor-done').click();
  }

  /** In the open editor: the level applied for, by its label (高级工程师, …). */
  async chooseLevel(label) {
    await this.page.getByLabel('申报级别').selectOption({ label });
  }

  /** In the open editor: the day the publicity was posted. */
  async postedOn(date) {
    await this.page.getByLabel('公示张贴日期').fill(date);
  }

  /** In the open editor: types `value` into the field labelled `label` and leaves it. */
  async type(label, value) {
    await this.page.getByLabel(label).fill(value);
    await this.page.getByLabel(label).blur();
  }

  /** In the open editor: picks the option shown as `option` in the select labelled `label`. */
  async choose(label, option) {
    await this.page.getByLabel(label).selectOption({ label: option });
  }

  /** In the open editor: what the field labelled `label` holds. */
  valueOf(label) {
    return this.page.getByLabel(label).inputValue();
  }

  /** In the open editor: renames the applicant. */
  async rename(name) {
    await this.testId('ed-name').fill(name);
    await this.testId('ed-name').blur();
  }

  /** The editor's error at a field (`ed-benefit`, …). */
  fieldError(field) {
    return this.page.locator(`[data-testid="field-error"][data-field="${field}"]`);
  }

  /** Opens the editor of the only applicant listed. */
  async editOnly() {
    await this.testId('edit').click();
    await this.testId('editor').waitFor();
  }

  /** In the open editor: picks a posting day in the date picker (its value, then its change event). */
  async pickPosted(date) {
    await this.testId('ed-posted').fill(date);
    await this.testId('ed-posted').dispatchEvent('change');
  }

  /** In the open editor: records last round's outcome (`passed`, …). */
  async recordOutcome(value) {
    await this.testId('ed-outcome').selectOption(value);
  }

  /** Presses 复制文字摘要 and returns the text offered for chat apps. */
  async copySummary() {
    await this.testId('copy-summary').click();
    return this.testId('chat-text').inputValue();
  }

  /** Presses 开始 YYYY 年度 and waits for it to say it has started. */
  async startRound() {
    await this.testId('start-round').click();
    await this.testId('round-started').waitFor();
  }

  async undoStartRound() {
    await this.testId('start-round-undo').click();
  }

  /** Each row's status (`previous-round`, `not-posted`, `ended`, …), in the overview's order. */
  statuses() {
    return this.rows().evaluateAll((rs) => rs.map((r) => r.dataset.status));
  }

  /** In the open editor: types a note and leaves the field. */
  async writeNote(text) {
    await this.page.getByLabel('备注').fill(text);
    await this.page.getByLabel('备注').blur();
  }

  noteValue() {
    return this.page.getByLabel('备注').inputValue();
  }

  /** The open editor's title (编辑：…). */
  editorTitle() {
    return this.page.locator('#editor-title').innerText();
  }

  rows() {
    return this.testId('applicant-row');
  }

  /** The names in the overview, in its order. */
  names() {
    return this.testId('row-name').allInnerTexts();
  }

  /** The row of the applicant named exactly `name`. */
  row(name) {
    return this.rows().filter({ has: this.testId('row-name').getByText(name, { exact: true }) });
  }

  /** The row's buttons (edit, duplicate, delete) sit beside it. */
  actionsOf(name) {
    return this.row(name).locator('..');
  }

  async edit(name) {
    await this.actionsOf(name).getByTestId('edit').click();
  }

  async duplicate(name) {
    await this.actionsOf(name).getByTestId('duplicate').click();
  }

  /** Presses 删除 on the row of `name` (which asks first). */
  async delete(name) {
    await this.actionsOf(name).getByTestId('delete').click();
  }

  async confirmDelete() {
    await this.testId('confirm-delete').click();
  }

  async undoDelete() {
    await this.testId('undo-delete').click();
  }

  /** The summary's count of applicants. */
  total() {
    return this.testId('summary-total').innerText();
  }

  /** Exports everything: the file's text. */
  async exportFile() {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.testId('export').click()]);
    return readFile(await download.path(), 'utf8');
  }

  /** Presses 导出 where a download may vanish: returns the export offered as text. */
  async exportAsText() {
    await this.testId('export').click();
    const text = this.testId('export-text');
    await text.waitFor();
    return text.inputValue();
  }

  /** Pastes an export as text and presses 读取 (a preview, or a message). */
  async importText(text) {
    await this.testId('import-text').fill(text);
    await this.testId('import-text-read').click();
  }

  /** What the page says of the last backup (`backup-status`). */
  backupStatus() {
    return this.testId('backup-status');
  }

  /** Picks a file to import (`body` a string or a Buffer). */
  async importFile(name, body) {
    const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body);
    await this.testId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer });
  }

  /** Waits until the import message matches `pattern`; returns it. */
  expectImportMessage(pattern) {
    return expectText(this.testId('import-message'), pattern);
  }

  /** Waits until the import preview matches `pattern`; returns it. */
  expectImportPreview(pattern) {
    return expectText(this.testId('import-preview'), pattern);
  }

  /** Imports the previewed file replacing everything. */
  async confirmReplace() {
    await this.testId('mode-replace').check();
    await this.testId('import-confirm').click();
  }
}
