// Where people open it: inside WeChat (and other apps' own browsers)
// downloads vanish, print does nothing and the clipboard refuses. Every
// output has a text path, copies say honestly whether they worked, and the
// unit's data can leave the phone as text and come back in another browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { withBrowser, serveSite, screenshot, PHONE } from './harness.mjs';

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

async function store(page, document) {
  await page.goto(`${server.url}/?page=years`);
  await page.evaluate((text) => localStorage.setItem('pingshen', text), JSON.stringify(document));
}

const names = (page) => page.getByTestId('row-name').allInnerTexts();

test('in WeChat the backup leaves as text, the copy failure is honest, and the text brings every applicant back in a fresh browser', async () => {
  let exported = '';
  await inWeChat(async ({ page }) => {
    await store(page, UNIT);
    await page.goto(`${server.url}/?page=workspace`);
    await page.getByTestId('applicant-row').first().waitFor();
    assert.match(await page.getByTestId('backup-status').innerText(), /从未备份/);
    await page.getByTestId('export').click();
    const text = page.getByTestId('export-text');
    await text.waitFor();
    exported = await text.inputValue();
    assert.equal(JSON.parse(exported).data.applicants.length, 3);
    assert.equal(await page.evaluate(() => window.__dropped), 1, 'the download was tried, and dropped');
    // A download that may have vanished is not a backup.
    assert.match(await page.getByTestId('backup-status').innerText(), /从未备份/);
    assert.match(await page.locator('[data-testid="inapp-guide"]').first().innerText(), /微信内置浏览器[\s\S]*右上角「···」→「在浏览器打开」[\s\S]*文件传输助手/);
    // The clipboard refuses: said so, never 已复制; the text is selected for a long press.
    await page.getByTestId('copy-export').click();
    const result = page.locator('[data-testid="copy-result"][data-ok="false"]');
    await result.waitFor();
    assert.doesNotMatch(await result.innerText(), /已复制/);
    assert.match(await result.innerText(), /长按/);
    assert.equal(await page.getByTestId('copy-fallback').inputValue(), exported);
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'copy-fallback');
    assert.equal(await page.evaluate(() => { const a = document.activeElement; return a.selectionEnd - a.selectionStart; }), exported.length);
    assert.match(await page.getByTestId('backup-status').innerText(), /从未备份/);
    await page.setViewportSize(PHONE);
    await screenshot(page, 'inapp-workspace-export');
    // Print does nothing here: the guide says so beside the button.
    await page.getByTestId('print-overview').click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
  });
  // Pasted into a fresh browser (the system browser, or a computer).
  await withBrowser(async ({ page }) => {
    await page.goto(`${server.url}/?page=workspace`);
    await page.getByTestId('import-text').fill(exported);
    await page.getByTestId('import-text-read').click();
    await page.getByTestId('import-preview').waitFor();
    assert.match(await page.getByTestId('import-preview').innerText(), /新增 3 人/);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('applicant-row').nth(2).waitFor();
    const restored = await page.evaluate(() => JSON.parse(localStorage.getItem('pingshen')).applicants);
    assert.deepEqual(restored.map((a) => a.name), ['张三', '李四, "老李"', '王五\n第二行']);
    assert.equal(restored[0].posted, '2024-07-15');
    assert.equal((await names(page)).length, 3);
    assert.equal(await page.getByTestId('inapp-guide').count(), 0, 'no guide outside an app\'s browser');
    // Bad text gets a Chinese message and changes nothing.
    await page.getByTestId('import-text').fill('{"format":"pingshen-export","schema":2,"data":{"schema":2,"applicants":[{"id":"x"}]}}');
    await page.getByTestId('import-text-read').click();
    await page.getByTestId('import-message').filter({ hasText: '未导入' }).waitFor();
    assert.equal((await names(page)).length, 3);
  });
});

test('a confirmed copy says so, counts as a backup, and later edits are counted', async () => {
  await withBrowser(async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await store(page, UNIT);
    await page.goto(`${server.url}/?page=workspace`);
    await page.getByTestId('export').click();
    const exported = await page.getByTestId('export-text').inputValue();
    await page.getByTestId('copy-export').click();
    await page.locator('[data-testid="copy-result"][data-ok="true"]').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), exported);
    // The harness's clock stands at 2024-07-20 (China).
    const status = page.getByTestId('backup-status');
    await page.locator('[data-testid="backup-status"][data-last="2024-07-20"]').waitFor();
    assert.match(await status.innerText(), /上次备份：2024年7月20日（周六）[\s\S]*此后改动的申报人：0 人/);
    await page.locator('[data-testid="applicant-list"] > li').first().getByTestId('edit').click();
    await page.getByTestId('ed-notes').fill('改过');
    await page.getByTestId('ed-notes').blur();
    await status.filter({ hasText: '此后改动的申报人：1 人' }).waitFor();
    assert.equal((await page.evaluate(() => JSON.parse(localStorage.getItem('pingshen')).backup.changed.length)), 1);
  });
});

test('in WeChat the documents and the 附件5 table have a text path; the table pastes as columns', async () => {
  await inWeChat(async ({ page }) => {
    await store(page, UNIT);
    await page.goto(`${server.url}/?page=documents`);
    const tsv = await page.getByTestId('csv-text').inputValue();
    const rows = parse(tsv, { delimiter: '\t', relax_column_count: false });
    assert.equal(rows.length, 4, 'header and one row per applicant');
    assert.equal(rows[0][1], '姓名');
    assert.deepEqual(rows.slice(1).map((r) => r[1]).sort(), ['张三', '李四, "老李"', '王五\n第二行'].sort());
    await page.getByTestId('csv-download').click();
    assert.equal(await page.evaluate(() => window.__dropped), 1);
    await page.getByTestId('print-notice').click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
    assert.ok(await page.getByTestId('inapp-guide').count() >= 3, 'a guide beside the prints and the download');
    await page.getByTestId('copy-notice').click();
    const failed = page.locator('[data-doc="notice"] [data-testid="copy-result"][data-ok="false"]');
    await failed.waitFor();
    assert.equal((await failed.getByTestId('copy-fallback').inputValue()).trim(), (await page.getByTestId('doc-notice').innerText()).trim());
    await page.setViewportSize(PHONE);
    await screenshot(page, 'inapp-documents');
  });
});

test('in WeChat the timeline\'s calendar opens as text', async () => {
  await inWeChat(async ({ page }) => {
    await page.goto(`${server.url}/?unit=provincial`);
    await page.getByTestId('ics-download').click();
    assert.equal(await page.evaluate(() => window.__dropped), 1);
    assert.ok(await page.getByTestId('ics-text').isVisible(), 'the text is open, not behind a fold');
    assert.match(await page.getByTestId('ics-text').inputValue(), /^BEGIN:VCALENDAR/);
    await page.getByTestId('inapp-guide').waitFor();
  });
});

test('复制本页链接 copies the full current address, or says it could not', async () => {
  await withBrowser(async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(`${server.url}/?unit=city&seal=3`);
    await page.getByTestId('post-by').waitFor();
    await page.getByTestId('copy-link').click();
    await page.locator('[data-testid="copy-result"][data-ok="true"]').waitFor();
    assert.equal(await page.getByTestId('link-text').inputValue(), page.url());
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
    assert.match(page.url(), /unit=city&seal=3/);
  });
  await inWeChat(async ({ page }) => {
    await page.goto(`${server.url}/?page=workspace`);
    await page.getByTestId('add-applicant').waitFor();
    await page.getByTestId('copy-link').click();
    await page.locator('[data-testid="copy-result"][data-ok="false"]').waitFor();
    assert.equal(await page.getByTestId('link-text').inputValue(), page.url());
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'link-text');
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
    await page.goto(`${server.url}/?page=workspace`);
    await page.getByTestId('add-applicant').waitFor();
    assert.equal(await page.evaluate(() => window.__persistAsked), 0, 'nothing to keep yet');
    await page.getByLabel('新增申报人（姓名）').fill('赵六');
    await page.getByTestId('add-applicant').click();
    await page.getByTestId('backup-status').filter({ hasText: '浏览器已承诺保留本站数据' }).waitFor();
    assert.equal(await page.evaluate(() => window.__persistAsked), 1);
    // A page opened with a stored list asks at once.
    await page.reload();
    await page.getByTestId('backup-status').filter({ hasText: '浏览器已承诺保留本站数据' }).waitFor();
    assert.equal(await page.evaluate(() => window.__persistAsked), 1, 'asked again after the reload (a new page)');
  });
});

test('in WeChat the send buttons show the link as selectable text and never claim a copy that did not happen', async () => {
  await inWeChat(async ({ page }) => {
    // The unit's 发给市局 (the list of UNIT, with its unit name).
    const unit = await page.context().newPage();
    await store(unit, UNIT);
    await unit.goto(`${server.url}/?page=workspace`);
    await unit.getByTestId('send-list').click();
    // And the applicant's 发给单位人事, in the same browser (one storage:
    // stored first, as a link once shown follows the stored document).
    await page.goto(`${server.url}/?page=eligibility`);
    await page.getByTestId('self-name').fill('张三');
    await page.getByTestId('send-to-unit').click();
    for (const p of [page, unit]) {
      const field = p.getByTestId('handoff-link');
      const link = await field.inputValue();
      assert.match(link, new RegExp(`^${server.url}/\\?page=workspace#h1\\.`));
      assert.equal(await field.getAttribute('readonly'), '', 'read-only, so a tap never opens the keyboard');
      // The whole address is selectable for a long press.
      await field.focus();
      assert.equal(await p.evaluate(() => { const a = document.activeElement; return a.selectionEnd - a.selectionStart; }), link.length);
      assert.match(await p.getByTestId('handoff-send').getByTestId('inapp-guide').innerText(), /微信内置浏览器/);
      await p.getByTestId('copy-handoff').click();
      const result = p.locator('[data-testid="copy-result"][data-ok="false"]');
      await result.waitFor();
      assert.doesNotMatch(await result.innerText(), /已复制/);
      assert.equal(await p.getByTestId('copy-fallback').inputValue(), link);
      await p.waitForFunction(() => document.activeElement?.dataset.testid === 'copy-fallback');
      assert.equal(await p.evaluate(() => { const a = document.activeElement; return a.selectionEnd - a.selectionStart; }), link.length);
    }
    await unit.close();
  });
});
