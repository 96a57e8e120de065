// The parts every page of the app shares, as a person meets them: the
// address that opens a page, the header's round switcher, the round note
// and the tabs. Page objects (one module per page in this folder, as
// leptos' examples/counters/e2e does) extend `AppPage` with the steps a
// person takes on that page and what they read there.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long an expectation keeps retrying before it fails. */
export const EXPECT_TIMEOUT = 5000;

/** What a locator is, for a failure message: its test id when it has one. */
function describe(locator) {
  const text = String(locator);
  const id = text.match(/getByTestId\('([^']+)'\)|data-testid="([^"]+)"/);
  return id ? `[data-testid="${id[1] ?? id[2]}"] (${text})` : text;
}

/**
 * Waits until `locator`'s text matches `pattern` (a RegExp, or a string the
 * text must contain), retrying until `timeout` ms. Fails naming the test id
 * and the last text seen (or that the element never appeared).
 * Returns the text that matched.
 */
export async function expectText(locator, pattern, { timeout = EXPECT_TIMEOUT, message } = {}) {
  const matches = (t) => (pattern instanceof RegExp ? pattern.test(t) : t.includes(pattern));
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await locator.innerText({ timeout: Math.max(1, Math.min(500, deadline - Date.now())) });
      if (matches(last)) return last;
    } catch (e) {
      if (!/Timeout|strict mode/i.test(e.message)) throw e;
      if (/strict mode/i.test(e.message)) last = `(more than one element: ${e.message.split('\n')[0]})`;
    }
    if (Date.now() >= deadline) break;
    await sleep(50);
  }
  assert.fail(
    `${message ? `${message}: ` : ''}expected ${describe(locator)} to ${pattern instanceof RegExp ? 'match' : 'contain'} ${pattern} within ${timeout} ms; ` +
      (last === undefined ? 'the element never appeared' : `last text seen: ${JSON.stringify(last)}`),
  );
}

/**
 * Waits until `read()` gives a value deep-equal to `expected`, retrying until
 * `timeout` ms; fails with `what`, the expected and the last value read.
 */
export async function expectValue(what, read, expected, { timeout = EXPECT_TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let error;
  for (;;) {
    try {
      last = await read();
      error = undefined;
      assert.deepEqual(last, expected);
      return last;
    } catch (e) {
      if (e instanceof assert.AssertionError) error = undefined;
      else error = e;
    }
    if (Date.now() >= deadline) break;
    await sleep(50);
  }
  assert.fail(
    `expected ${what} to be ${JSON.stringify(expected)} within ${timeout} ms; ` +
      (error ? `reading it failed: ${error.message.split('\n')[0]}` : `last value seen: ${JSON.stringify(last)}`),
  );
}

/** A page of the app in one browser tab. */
export class AppPage {
  /** `page`: Playwright's page; `baseUrl`: where the site is served. */
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  testId(id) {
    return this.page.getByTestId(id);
  }

  /**
   * Opens a URL of the app (`query` like `?page=workspace`) and waits for
   * the app itself, not the static shell: the header's round switcher is
   * drawn only by the app, and then `ready` (a test id) if given.
   */
  async open(query = '', ready) {
    await this.page.goto(`${this.baseUrl}/${query}`);
    await this.waitForApp(ready);
    return this;
  }

  /** Reloads the page and waits for the app again. */
  async reload(ready) {
    await this.page.reload();
    await this.waitForApp(ready);
  }

  async waitForApp(ready) {
    await this.testId('round').waitFor();
    if (ready) await this.testId(ready).first().waitFor();
  }

  /** The address bar's query string. */
  search() {
    return new URL(this.page.url()).search;
  }

  /** The `datetime` of the `<time data-testid=…>`. */
  dateOf(testid) {
    return this.testId(testid).getAttribute('datetime');
  }

  /** Whether the date `testid` is marked estimated (`'true'` or null). */
  estimated(testid) {
    return this.testId(testid).getAttribute('data-estimated');
  }

  /** Waits until the date `testid` reads `expected` (after a step that changes it). */
  expectDate(testid, expected, { message } = {}) {
    return expectValue(`${message ? `${message}: ` : ''}the datetime of [data-testid="${testid}"]`, () => this.dateOf(testid), expected);
  }

  /** The round the header says the page answers for: `{ year, kind }`. */
  async round() {
    const round = this.testId('round');
    return { year: await round.getAttribute('data-year'), kind: await round.getAttribute('data-kind') };
  }

  /** Waits until the header names round `year` of `kind` (`official`, `projected`, `user`). */
  async expectRound(expected) {
    return expectValue('the round in the header', async () => {
      const shown = await this.round();
      return Object.fromEntries(Object.keys(expected).map((k) => [k, shown[k]]));
    }, expected);
  }

  /** Picks a round in the header's switcher (`''` follows today). */
  async pickRound(year) {
    await this.testId('round-select').selectOption(String(year));
  }

  /**
   * What the round note says in one of its details (`round-why`,
   * `round-estimate`, `round-holidays-missing`, `profile-warning`), read as
   * a person does: the one-line note opened first.
   */
  async roundNote(testid) {
    const details = this.page.locator('[data-testid="round-note"] details');
    await details.waitFor();
    if ((await details.getAttribute('open')) === null) await this.testId('round-summary').click();
    return this.testId(testid).innerText();
  }

  /** The line saying the round's windows have closed (`round-over`). */
  roundOver() {
    return this.testId('round-over');
  }

  /** Follows a tab (公示计算, 时间安排, 资格自查, 单位总览, 年度数据) and waits until it is the current one. */
  async openTab(label) {
    await this.page.locator('.tabs').getByRole('link', { name: label }).click();
    await this.page.locator('.tabs__tab[aria-current="page"]', { hasText: label }).waitFor();
  }

  /** The notice shown when the stored data could not be read or saved. */
  storageNotice() {
    return this.testId('storage-notice');
  }

  /** The error a bad link or entry gives (`input-error`). */
  inputError() {
    return this.testId('input-error');
  }

  /** Presses 复制本页链接 and returns the address shown for copying. */
  async copyLink() {
    await this.testId('copy-link').click();
    return this.testId('link-text').inputValue();
  }

  /** The stored document, as the app left it in localStorage (a string, or null). */
  stored() {
    return this.page.evaluate(() => localStorage.getItem('pingshen'));
  }
}
