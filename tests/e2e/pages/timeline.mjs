// 时间安排: a unit's window, the latest day to post, the key dates, the calendar file.
import { readFile } from 'node:fs/promises';
import { AppPage } from './app.mjs';

export class TimelinePage extends AppPage {
  /** Opens the timeline (`query` like `?unit=provincial&today=2024-07-20`). */
  open(query = '?page=timeline') {
    return super.open(query, 'unit-provincial');
  }

  reload() {
    return super.reload('unit-provincial');
  }

  /** Says who carries the unit's files: `provincial`, `city` or `city-unit`. */
  async chooseUnit(unit) {
    await this.testId(`unit-${unit}`).check();
  }

  /** Picks the day the city bureau wants the files (its value, then its change event, as a date picker does). */
  async cityDeadline(date) {
    await this.testId('city-deadline-input').fill(date);
    await this.testId('city-deadline-input').dispatchEvent('change');
  }

  /** Types the working days left after the publicity for the seal or the city's review. */
  async sealDays(n) {
    await this.page.getByLabel('公示结束后留给盖章/审核的工作日').fill(String(n));
  }

  windowOpen() {
    return this.dateOf('window-open');
  }

  windowClose() {
    return this.dateOf('window-close');
  }

  /** The latest day to post the publicity, worked back from the window. */
  postBy() {
    return this.dateOf('post-by');
  }

  /** The same, on a working day. */
  postByWorkday() {
    return this.dateOf('post-by-workday');
  }

  /** `upcoming`, `open` or `closed`. */
  windowState() {
    return this.testId('window-state').getAttribute('data-state');
  }

  /** The key date `id` (`post-by`, `notice`, …) as a person reads it. */
  keyDate(id) {
    return this.page.locator(`[data-testid="key-date"][data-id="${id}"]`);
  }

  /** The help beside the unit choices, for the chosen kind. */
  unitExplanation() {
    return this.testId('unit-explanation');
  }

  /** Why no plan is shown (say, a city deadline of another round). */
  planMissing() {
    return this.testId('plan-missing');
  }

  /** The contact's `tel:` link. */
  contactTel() {
    return this.testId('contact-tel').getAttribute('href');
  }

  /** Downloads the `.ics` file: `{ filename, text }`. */
  async downloadCalendar() {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.testId('ics-download').click()]);
    return { filename: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  /** The calendar text offered for copying. */
  calendarText() {
    return this.testId('ics-text').inputValue();
  }
}
