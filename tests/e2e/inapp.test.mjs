// Where people open it: inside WeChat (and other apps' own browsers)
// downloads vanish, print does nothing and the clipboard refuses. Every
// output has a text path, copies say honestly whether they worked, and the
// unit's data can leave the phone as text and come back in another browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { withBrowser, serveSite, screenshot, PHONE } from './harness.mjs';
import { expectText, expectValue } from './pages/app.mjs';
import { WorkspacePage } from './pages/workspace.mjs';
import { DocumentsPage } from './pages/documents.mjs';
import { TimelinePage } from './pages/timeline.mjs';
import { EligibilityPage } from './pages/eligibility.mjs';
import { YearsPage } from './pages/years.mjs';
import { HandoffSender } from './pages/handoff.mjs';

const server = serveSite();

/** WeChat's browser on Android (XWeb), as it identifies itself. */
const WECHAT_ANDROID = 'Mozilla/5.0 (Linux; Android 14; V2307A Build/UP1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.103 Mobile Safari/537.36 XWEB/1300289 MMWEBSDK/20241103 MicroMessenger/8.0.55.2780(0x28003737) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

/** What WeChat's browser does to a page's outputs: downloads dropped without
 * a word, print inert, the clipboard refused both ways. Counts the attempts. */
function wechatBehaviour() {
  window.__dropped = 0;
  window.__printed = 0;
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.hasAttribute('download')) { window.__dropped += 1; return; }
    return click.call(this);
  };
  window.print = () => { window.__printed += 1; };
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
  });
  document.execCommand = () => false;
}

/** A fresh browser that looks and behaves like WeChat's. */
async function inWeChat(body, options = {}) {
  await withBrowser(async (browser) => {
    await browser.context.addInitScript(wechatBehaviour);
    await body(browser);
  }, { ...options, userAgent: WECHAT_ANDROID });
}

const UNIT = {
  schema: 2,
  timeline: { unit: 'provincial' },
  applicants: [
    { id: 'a1', name: '张三', applicant: { target: 'senior-engineer', unit: 'provincial' }, posted: '2024-07-15', round: 2024 },
    { id: 'a2', name: '李四, "老李"', applicant: { target: 'engineer', unit: 'provincial' } },
    { id: 'a3', name: '王五\n第二行', notes: '备注' },
  ],
  paperwork: { unit_name: '辽宁省计量科学研究院', place: '一楼公示栏', contact: '人事处', posted: '2024-07-15', round: 2024 },
};

/** Puts `document` in this browser's storage (from a page of the app). */
async function store(page, document) {
  await new YearsPage(page, server.url).open();
  await page.evaluate((text) => localStorage.setItem('pingshen', text), JSON.stringify(document));
}

/** The selection's length in the focused field. */
const selected = (page) => page.evaluate(() => { const a = document.activeElement; return a.selectionEnd - a.selectionStart; });

/** Waits until the field with test id `testid` has the focus. */
const focusOn = (page, testid) => expectValue(`the focus on [data-testid="${testid}"]`, () => page.evaluate(() => document.activeElement?.dataset.testid), testid);

test('in WeChat the backup leaves as text, the copy failure is honest, and the text brings every applicant back in a fresh browser', async () => {
  let exported = '';
  await inWeChat(async ({ page }) => {
    await store(page, UNIT);
    const ws = await new WorkspacePage(page, server.url).open();
    await ws.rows().first().waitFor();
    await expectText(ws.backupStatus(), /从未备份/);
    exported = await ws.exportAsText();
    assert.equal(JSON.parse(exported).data.applicants.length, 3);
    assert.equal(await page.evaluate(() => window.__dropped), 1, 'the download was tried, and dropped');
    // A download that may have vanished is not a backup.
    await expectText(ws.backupStatus(), /从未备份/);
    await expectText(ws.testId('inapp-guide').first(), /微信内置浏览器[\s\S]*右上角「···」→「在浏览器打开」[\s\S]*文件传输助手/);
    // The clipboard refuses: said so, never 已复制; the text is selected for a long press.
    await ws.testId('copy-export').click();
    const result = page.locator('[data-testid="copy-result"][data-ok="false"]');
    const said = await expectText(result, /长按/);
    assert.doesNotMatch(said, /已复制/);
    assert.equal(await ws.testId('copy-fallback').inputValue(), exported);
    await focusOn(page, 'copy-fallback');
    assert.equal(await selected(page), exported.length);
    await expectText(ws.backupStatus(), /从未备份/);
    await page.setViewportSize(PHONE);
    await screenshot(page, 'inapp-workspace-export');
    // Print does nothing here: the guide says so beside the button.
    await ws.testId('print-overview').click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
  });
  // Pasted into a fresh browser (the system browser, or a computer).
  await withBrowser(async ({ page }) => {
    const ws = await new WorkspacePage(page, server.url).open();
    await ws.importText(exported);
    await ws.expectImportPreview(/新增 3 人/);
    await ws.testId('import-confirm').click();
    await ws.rows().nth(2).waitFor();
    const restored = JSON.parse(await ws.stored()).applicants;
    assert.deepEqual(restored.map((a) => a.name), ['张三', '李四, "老李"', '王五\n第二行']);
    assert.equal(restored[0].posted, '2024-07-15');
    assert.equal((await ws.names()).length, 3);
    assert.equal(await ws.testId('inapp-guide').count(), 0, 'no guide outside an app\'s browser');
    // Bad text gets a Chinese message and changes nothing.
    await ws.importText('{"format":"pingshen-export","schema":2,"data":{"schema":2,"applicants":[{"id":"x"}]}}');
    await ws.expectImportMessage('未导入');
    assert.equal((await ws.names()).length, 3);
  });
});

test('a confirmed copy says so, counts as a backup, and later edits are counted', async () => {
  await withBrowser(async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await store(page, UNIT);
    const ws = await new WorkspacePage(page, server.url).open();
    const exported = await ws.exportAsText();
    await ws.testId('copy-export').click();
    await page.locator('[data-testid="copy-result"][data-ok="true"]').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), exported);
    // The harness's clock stands at 2024-07-20 (China).
    await expectValue('the last backup day', () => ws.backupStatus().getAttribute('data-last'), '2024-07-20');
    await expectText(ws.backupStatus(), /上次备份：2024年7月20日（周六）[\s\S]*此后改动的申报人：0 人/);
    await ws.edit('张三');
    await ws.testId('ed-notes').fill('改过');
    await ws.testId('ed-notes').blur();
    await expectText(ws.backupStatus(), '此后改动的申报人：1 人');
    assert.equal(JSON.parse(await ws.stored()).backup.changed.length, 1);
  });
});

test('in WeChat the documents and the 附件5 table have a text path; the table pastes as columns', async () => {
  await inWeChat(async ({ page }) => {
    await store(page, UNIT);
    const docs = await new DocumentsPage(page, server.url).open();
    const tsv = await docs.testId('csv-text').inputValue();
    const rows = parse(tsv, { delimiter: '\t', relax_column_count: false });
    assert.equal(rows.length, 4, 'header and one row per applicant');
    assert.equal(rows[0][1], '姓名');
    assert.deepEqual(rows.slice(1).map((r) => r[1]).sort(), ['张三', '李四, "老李"', '王五\n第二行'].sort());
    await docs.testId('csv-download').click();
    assert.equal(await page.evaluate(() => window.__dropped), 1);
    await docs.print('notice');
    assert.equal(await page.evaluate(() => window.__printed), 1);
    assert.ok(await docs.testId('inapp-guide').count() >= 3, 'a guide beside the prints and the download');
    await docs.testId('copy-notice').click();
    const failed = page.locator('[data-doc="notice"] [data-testid="copy-result"][data-ok="false"]');
    await failed.waitFor();
    assert.equal((await failed.getByTestId('copy-fallback').inputValue()).trim(), (await docs.notice().innerText()).trim());
    await page.setViewportSize(PHONE);
    await screenshot(page, 'inapp-documents');
  });
});

test('in WeChat the timeline\'s calendar opens as text', async () => {
  await inWeChat(async ({ page }) => {
    const plan = await new TimelinePage(page, server.url).open('?unit=provincial');
    await plan.testId('ics-download').click();
    assert.equal(await page.evaluate(() => window.__dropped), 1);
    assert.ok(await plan.testId('ics-text').isVisible(), 'the text is open, not behind a fold');
    assert.match(await plan.calendarText(), /^BEGIN:VCALENDAR/);
    await plan.testId('inapp-guide').waitFor();
  });
});

test('复制本页链接 copies the full current address, or says it could not', async () => {
  await withBrowser(async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const plan = await new TimelinePage(page, server.url).open('?unit=city&seal=3');
    await plan.testId('post-by').waitFor();
    const shown = await plan.copyLink();
    await page.locator('[data-testid="copy-result"][data-ok="true"]').waitFor();
    assert.equal(shown, page.url());
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
    assert.match(page.url(), /unit=city&seal=3/);
  });
  await inWeChat(async ({ page }) => {
    const ws = await new WorkspacePage(page, server.url).open();
    const shown = await ws.copyLink();
    await page.locator('[data-testid="copy-result"][data-ok="false"]').waitFor();
    assert.equal(shown, page.url());
    await focusOn(page, 'link-text');
  });
});

test('persist() is asked once the unit has applicants, and the status says what the browser answered', async () => {
  await withBrowser(async ({ page, context }) => {
    await context.addInitScript(() => {
      window.__persistAsked = 0;
      const storage = navigator.storage;
      storage.persisted = () => Promise.resolve(false);
      storage.persist = () => { window.__persistAsked += 1; return Promise.resolve(true); };
    });
    const ws = await new WorkspacePage(page, server.url).open();
    assert.equal(await page.evaluate(() => window.__persistAsked), 0, 'nothing to keep yet');
    await ws.addApplicant('赵六');
    await expectText(ws.backupStatus(), '浏览器已承诺保留本站数据');
    assert.equal(await page.evaluate(() => window.__persistAsked), 1);
    // A page opened with a stored list asks at once.
    await ws.reload();
    await expectText(ws.backupStatus(), '浏览器已承诺保留本站数据');
    assert.equal(await page.evaluate(() => window.__persistAsked), 1, 'asked again after the reload (a new page)');
  });
});

test('in WeChat the send buttons show the link as selectable text and never claim a copy that did not happen', async () => {
  await inWeChat(async ({ page }) => {
    // The unit's 发给市局 (the list of UNIT, with its unit name).
    const unit = await page.context().newPage();
    await store(unit, UNIT);
    await new WorkspacePage(unit, server.url).open();
    await new HandoffSender(unit).send('send-list');
    // And the applicant's 发给单位人事, in the same browser (one storage:
    // stored first, as a link once shown follows the stored document).
    const check = await new EligibilityPage(page, server.url).open();
    await check.testId('self-name').fill('张三');
    await new HandoffSender(page).send('send-to-unit');
    for (const p of [page, unit]) {
      const sender = new HandoffSender(p);
      const field = sender.testId('handoff-link');
      const link = await sender.link();
      assert.match(link, new RegExp(`^${server.url}/\\?page=workspace#h1\\.`));
      assert.equal(await field.getAttribute('readonly'), '', 'read-only, so a tap never opens the keyboard');
      // The whole address is selectable for a long press.
      await field.focus();
      assert.equal(await selected(p), link.length);
      await expectText(sender.testId('handoff-send').getByTestId('inapp-guide'), /微信内置浏览器/);
      await sender.testId('copy-handoff').click();
      const result = p.locator('[data-testid="copy-result"][data-ok="false"]');
      await result.waitFor();
      assert.doesNotMatch(await result.innerText(), /已复制/);
      assert.equal(await sender.testId('copy-fallback').inputValue(), link);
      await focusOn(p, 'copy-fallback');
      assert.equal(await selected(p), link.length);
    }
    await unit.close();
  });
});
