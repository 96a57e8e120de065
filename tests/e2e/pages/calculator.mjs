// 公示计算: when a publicity posted on a day ends, and the latest day to post.
import { AppPage } from './app.mjs';

export class CalculatorPage extends AppPage {
  /** Opens the calculator (`query` like `?posted=2024-07-24&days=5`). */
  open(query = '') {
    return super.open(query, 'date-input');
  }

  reload() {
    return super.reload('date-input');
  }

  /** Asks when a publicity posted on `date` ends. */
  async postedOn(date) {
    await this.page.getByLabel('公示何时结束').check();
    await this.page.getByLabel('公示张贴日期').fill(date);
  }

  /** Asks the latest day to post so that the publicity ends by `date`. */
  async mustEndBy(date) {
    await this.page.getByLabel('最晚何时张贴').check();
    await this.page.getByLabel('公示最晚须结束于').fill(date);
  }

  /** Types the number of working days. */
  async days(n) {
    await this.page.getByLabel('公示工作日数').fill(String(n));
  }

  /** What the form holds: the posting day and the number of days. */
  postedValue() {
    return this.page.getByLabel('公示张贴日期').inputValue();
  }

  daysValue() {
    return this.page.getByLabel('公示工作日数').inputValue();
  }

  publicityStart() {
    return this.dateOf('publicity-start');
  }

  publicityEnd() {
    return this.dateOf('publicity-end');
  }

  latestPosting() {
    return this.dateOf('latest-posting');
  }

  latestPostingWorkday() {
    return this.dateOf('latest-posting-workday');
  }

  /** The day the page takes as today. */
  today() {
    return this.dateOf('today-date');
  }

  /** The month view's cell for `date`. */
  dayCell(date) {
    return this.page.locator(`td[data-date="${date}"]`);
  }

  /** The warning for fewer days than the notice's. */
  daysWarning() {
    return this.testId('days-warning');
  }

  /** The warning for a year without official holiday data. */
  dataWarning() {
    return this.testId('data-warning');
  }
}
