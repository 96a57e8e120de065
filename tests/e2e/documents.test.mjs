// The unit's paperwork: dates from the engine, the CSV, the bags, printing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdir } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import AxeBuilder from '@axe-core/playwright';
import { serveSite, openBrowser, screenshot, ARTIFACTS } from './harness.mjs';
import { expectText, expectValue } from './pages/app.mjs';
import { DocumentsPage } from './pages/documents.mjs';
import { CalculatorPage } from './pages/calculator.mjs';

const server = serveSite();

const person = (id, name, target, current, exceptional = false) => ({
  id, name,
  applicant: {
    civil_servant: false, in_sector: true, specialty: 'metrology', target, unit: 'provincial',
    education: 'bachelor', current_title: current, title_date: '2018-06-01', exceptional,
  },
});
const DOC = {
  schema: 1,
  timeline: { unit: 'provincial' },
  applicants: [
    person('a1', '张三', 'senior-engineer', 'engineer', true),
    person('a2', '李四, "老李"', 'professor-engineer', 'senior-engineer'),
    person('a3', '王五', 'engineer', 'assistant-engineer'),
  ],
};

async function withDocs(body, { init } = {}) {
  const browser = await openBrowser();
  try {
    const { page } = browser;
    if (init) await page.addInitScript(init);
    const docs = await new DocumentsPage(page, server.url).open();
    await page.evaluate((d) => localStorage.setItem('pingshen', JSON.stringify(d)), DOC);
    await docs.reload();
    await body(docs);
    assert.deepEqual(browser.problems, [], 'no page or console errors');
  } finally {
    await browser.close();
  }
}

async function fillFacts(docs, posted) {
  await docs.fillUnit({ name: '辽宁省计量科学研究院', place: '本单位一楼公示栏', contact: '人事处 王老师 024-12345678' });
  await docs.postedOn(posted);
}

test('the documents carry the calculator\'s dates across holidays', async () => {
  await withDocs(async (docs) => {
    // Posting days of the 2024 round (its reach ends 2024-08-09), with the
    // first and last of the 5 working days worked out by hand from
    // crates/pingshen/data/holiday-cn/2024.json (counted from the day after posting):
    const EXPECTED = {
      // Wed: Thu 07-25, Fri 07-26, Mon 07-29 .. Wed 07-31.
      '2024-07-24': ['2024-07-25', '2024-07-31'],
      // Tue: 劳动节 05-01..05 off, then Mon 05-06 .. Fri 05-10.
      '2024-04-30': ['2024-05-06', '2024-05-10'],
      // Thu: Fri 02-09, 春节 02-10..17 off, Sun 02-18 worked, 02-19, 02-20, 02-21.
      '2024-02-08': ['2024-02-09', '2024-02-21'],
    };
    for (const [posted, [start, end]] of Object.entries(EXPECTED)) {
      await fillFacts(docs, posted);
      await expectValue(`the notice's first and last working day (${posted})`, () => docs.noticeDates(), [start, end]);
      // The calculator, opened in the same browser, agrees.
      const calc = await new CalculatorPage(await docs.page.context().newPage(), server.url).open(`?posted=${posted}&days=5`);
      assert.equal(await calc.publicityStart(), start, posted);
      assert.equal(await calc.publicityEnd(), end, posted);
      await calc.page.close();
      const [y, m, d] = end.split('-').map(Number);
      const endZh = `${y}年${m}月${d}日`;
      await expectText(docs.notice(), endZh, { message: `notice names ${endZh}` });
      await expectText(docs.report(), endZh, { message: `report names ${endZh}` });
    }
    const notice = await docs.notice().innerText();
    for (const text of ['张三', '李四, "老李"', '王五', '辽宁省计量科学研究院', '本单位一楼公示栏', '人事处 王老师']) {
      assert.ok(notice.includes(text), text);
    }
    await expectText(docs.report(), /无异议/);
    await docs.objections('有群众反映张三论文署名问题，已核实无误');
    await expectText(docs.report(), /论文署名/);
    // The text can be reworded before printing; the engine's version is one tap away.
    await docs.rewordNotice('本单位自拟的公示文字');
    await expectText(docs.notice(), /^本单位自拟的公示文字$/);
    await docs.regenerateNotice();
    await expectText(docs.notice(), /2024年2月21日/);
    await screenshot(docs.page, 'documents-phone');
  });
});

test('each bag lists exactly the forms its applicant owes', async () => {
  await withDocs(async (docs) => {
    assert.deepEqual(await docs.bagForms('a1'), ['form-1', 'form-2', 'form-3'], '破格 高级工程师');
    assert.deepEqual(await docs.bagForms('a2'), ['form-1', 'form-3', 'form-4'], '正高');
    assert.deepEqual(await docs.bagForms('a3'), ['form-1', 'form-3'], '工程师');
  });
});

test('the 附件5 CSV opens with a real CSV parser: BOM, Chinese intact, one row each', async () => {
  await withDocs(async (docs) => {
    await fillFacts(docs, '2024-07-24');
    const { filename, bytes } = await docs.downloadCsv();
    assert.match(filename, /^附件5.*辽宁省计量科学研究院.*2024\.csv$/);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const rows = parse(bytes.toString('utf8'), { bom: true });
    assert.equal(rows.length, 4, 'header and one row per applicant');
    assert.equal(rows[0][1], '姓名');
    assert.deepEqual(rows.slice(1).map((r) => r[1]), ['张三', '李四, "老李"', '王五']);
    assert.ok(rows[1].includes('辽宁省计量科学研究院'));
  });
});

// Stands in for the browser's print dialog (headless print would block):
// records the `data-print` mark each call sees, and fires nothing, like a
// print dialog still open.
function recordPrints() {
  window.__prints = [];
  window.print = () => window.__prints.push(document.body.getAttribute('data-print'));
}

/** The documents (`data-doc`) and chrome the page shows under the current media. */
async function shownInPrint(page) {
  return page.evaluate(() => ({
    docs: [...document.querySelectorAll('.doc-card')].filter((e) => e.checkVisibility()).map((e) => e.dataset.doc),
    header: document.querySelector('.app-header')?.checkVisibility() ?? false,
    footer: document.querySelector('.app-footer')?.checkVisibility() ?? false,
    intro: [...document.querySelectorAll('.page-intro')].some((e) => e.checkVisibility()),
  }));
}

test('each 打印 button prints only its document, without the app chrome, and the page comes back after printing', async () => {
  await withDocs(async (docs) => {
    const { page } = docs;
    // A posting day of the 2024 round (the round shown), across 劳动节.
    await fillFacts(docs, '2024-04-30');
    await expectText(docs.notice(), '2024年5月10日');
    await mkdir(ARTIFACTS, { recursive: true });
    const ALL = ['notice', 'report', 'summary', 'bags'];
    // On screen, with no print pending, the page shows every document and its chrome.
    assert.deepEqual(await shownInPrint(page), { docs: ALL, header: true, footer: true, intro: true });
    for (const id of ALL) {
      await docs.print(id);
      // The button asked the browser to print, with its document marked.
      assert.deepEqual(await page.evaluate(() => window.__prints), [id], `print-${id} calls print()`);
      assert.equal(await page.locator('body').getAttribute('data-print'), id);
      await page.emulateMedia({ media: 'print' });
      // On paper: this document only, no header, footer or introduction.
      assert.deepEqual(await shownInPrint(page), { docs: [id], header: false, footer: false, intro: false }, id);
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
      await writeFile(`${ARTIFACTS}/print-${id}.pdf`, pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      // Three applicants: one bag a page.
      if (id === 'bags') assert.ok(pages >= 3, `one page per applicant (${pages})`);
      else assert.ok(pages >= 1, id);
      // The dialog closes: the mark comes off, the next print is the whole page again.
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      assert.equal(await page.locator('body').getAttribute('data-print'), null, `${id}: mark removed on afterprint`);
      assert.deepEqual((await shownInPrint(page)).docs, ALL, `${id}: every document after afterprint`);
      await page.emulateMedia({ media: null });
      assert.deepEqual(await shownInPrint(page), { docs: ALL, header: true, footer: true, intro: true }, `${id}: screen after printing`);
      await page.evaluate(() => (window.__prints = []));
    }
  }, { init: recordPrints });
});

test('no accessibility violations on the documents page', async () => {
  await withDocs(async (docs) => {
    await fillFacts(docs, '2024-07-24');
    await expectText(docs.notice(), '2024年7月31日');
    const results = await new AxeBuilder({ page: docs.page }).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  });
});
