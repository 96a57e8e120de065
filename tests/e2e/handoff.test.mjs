// Handoff links (issue 21): an applicant sends their self-check to the
// unit's HR, units send their lists to the city bureau, each as a link
// whose data rides in the fragment. Each browser context is one person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import AxeBuilder from '@axe-core/playwright';
import { withBrowser, serveSite, screenshot } from './harness.mjs';
import { expectText, expectValue } from './pages/app.mjs';
import { HandoffSender, HandoffReceiver } from './pages/handoff.mjs';
import { EligibilityPage } from './pages/eligibility.mjs';
import { WorkspacePage } from './pages/workspace.mjs';
import { DocumentsPage } from './pages/documents.mjs';
import { YearsPage } from './pages/years.mjs';

const server = serveSite();

/** Asserts axe finds no accessibility violations on the page as it is. */
async function noViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
}

/** Stores `doc` on this device (from a page of the app) and opens 单位总览. */
async function unitWith(page, doc) {
  await new YearsPage(page, server.url).open();
  await page.evaluate((text) => localStorage.setItem('pingshen', text), JSON.stringify(doc));
  return new WorkspacePage(page, server.url).open();
}

test('an applicant sends the self-check; the unit previews, confirms once, and sees the same verdict; an altered link is refused', async () => {
  let link = '';
  let applicantVerdict = '';
  // The applicant, on their own phone.
  await withBrowser(async ({ page }) => {
    const check = await new EligibilityPage(page, server.url).open();
    await check.testId('self-name').fill('张三');
    await check.testId('self-unit').fill('辽宁省计量科学研究院');
    await check.answerSelfCheck({
      civilServant: false, specialty: '计量', target: '高级工程师', unit: '省直有关部门(单位)',
      education: '本科', title: '工程师', titleDate: '2019-12-31',
    });
    // A provincial 工程师 of 2019-12-31 has 5 full years by the 2024
    // seniority cutoff 2024-12-31 (「五、相关政策规定」3): eligible, as
    // eligibility.test.mjs finds.
    await expectValue('the verdict', () => check.verdict(), 'eligible');
    applicantVerdict = await check.verdict();
    await check.tickFirstForm();
    // The name and unit are kept in the stored self-check.
    await expectValue('the stored name and unit', async () => {
      const kept = JSON.parse(await check.stored()).eligibility;
      return [kept.name, kept.unit_name];
    }, ['张三', '辽宁省计量科学研究院']);

    const sender = new HandoffSender(page);
    link = await sender.send('send-to-unit');
    const url = new URL(link);
    assert.equal(url.origin, server.url, 'an absolute address of this site');
    assert.equal(url.search, '?page=workspace', 'the query holds no personal data');
    assert.match(url.hash, /^#h1\.[A-Za-z0-9_-]+$/, 'the data rides in the fragment');
    assert.ok(!link.includes('张三') && !link.includes(encodeURIComponent('张三')), 'the name is not readable in the link');
    await sender.expectContents(/张三（辽宁省计量科学研究院） 2024 年度的资格自查.*1 份材料/);
    await expectText(sender.testId('handoff-privacy'), /任何拿到这条消息的人都能打开/);
    await expectText(sender.testId('handoff-wechat-hint'), /发到微信/);
    // A link this short is drawn as a QR code (an SVG of dark modules).
    await sender.qr().waitFor();
    assert.ok(Number(await sender.qr().getAttribute('data-modules')) >= 21 + 8, 'at least a version-1 code and its quiet zone');
    await sender.testId('handoff-send').scrollIntoViewIfNeeded();
    await screenshot(page, 'handoff-send-phone');
    await noViolations(page);
    // A change made after pressing is in the link at once: a link copied
    // later never carries the old answers.
    await check.formItems().nth(1).getByRole('checkbox').check();
    await sender.expectContents('2 份材料');
    assert.notEqual(await sender.link(), link);
    await check.formItems().nth(1).getByRole('checkbox').uncheck();
    await sender.expectContents('1 份材料');
    link = await sender.link();
  });

  // The unit's HR, on another phone, opens the link.
  await withBrowser(async ({ page }) => {
    const unit = new HandoffReceiver(page, server.url);
    await unit.openLink(link);
    assert.equal(await unit.stored(), null, 'nothing is stored before confirming');
    await expectText(unit.who(), /张三（辽宁省计量科学研究院）/);
    assert.equal(await unit.verdict(), applicantVerdict, 'the verdict the applicant saw');
    assert.equal(await unit.change(), 'new');
    await unit.testId('handoff-answers').locator('summary').click();
    await expectText(unit.testId('handoff-answers'), /2019年12月31日/);
    await screenshot(page, 'handoff-preview-phone');
    await noViolations(page);
    assert.equal(await unit.stored(), null, 'still nothing stored');

    await unit.confirm();
    assert.equal(await page.evaluate(() => location.hash), '', 'the fragment is cleared');
    assert.equal(await page.evaluate(() => location.search), '?page=workspace');
    const ws = new WorkspacePage(page, server.url);
    await expectValue('the names listed', () => ws.names(), ['张三']);
    assert.equal(await ws.testId('row-verdict').getAttribute('data-verdict'), applicantVerdict, 'the row shows the same verdict');
    const rows = await unit.storedApplicants();
    assert.equal(rows.length, 1);
    assert.equal(rows[0].unit_name, '辽宁省计量科学研究院');
    assert.deepEqual(rows[0].ticks, ['form-1']);

    // The same link again, opened while the app is open on another page:
    // only the fragment changes (no page load), the app follows hashchange.
    await new YearsPage(page, server.url).open();
    await page.evaluate(() => { window.__sameDocument = true; });
    await unit.followHash(link);
    await unit.preview().waitFor();
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no page load');
    assert.equal(await unit.change(), 'unchanged');
    await unit.confirm();
    assert.equal((await unit.storedApplicants()).length, 1, 'confirming again adds nothing');
    // Confirmed on 年度数据, the unit is taken to the list it went into.
    await ws.testId('row-name').first().waitFor();
    assert.equal(await page.evaluate(() => location.search), '?page=workspace');
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'still no page load');
    assert.deepEqual(await ws.names(), ['张三']);

    // An altered link: one character of the data changed.
    const before = await unit.stored();
    const hash = new URL(link).hash;
    const at = Math.floor(hash.length / 2);
    const altered = hash.slice(0, at) + (hash[at] === 'A' ? 'B' : 'A') + hash.slice(at + 1);
    await page.goto(`${server.url}/?page=workspace${altered}`);
    await expectText(unit.error(), /链接不完整或已被改动/);
    // A link someone sent is not the receiver's mistake: not headed 「输入有误：」.
    assert.equal(await unit.error().evaluate((el) => getComputedStyle(el, '::before').content), 'none');
    assert.equal(await unit.confirmButton().count(), 0);
    assert.equal(await unit.stored(), before, 'storage unchanged');
    // Written by a newer version of the format.
    await unit.followHash('#h2.AAAA');
    await expectText(unit.error(), '这个链接由更新版本的本工具生成');
    assert.equal(await unit.stored(), before, 'storage unchanged');
    // Cut short, opened while the app is open.
    await unit.followHash(hash.slice(0, hash.length - 5));
    await expectText(unit.error(), '链接不完整或已被改动');
    assert.equal(await unit.stored(), before, 'storage unchanged');
  });

  // A unit that already lists a 张三 with another title date is asked.
  await withBrowser(async ({ page }) => {
    const namesake = { schema: 2, applicants: [{ id: 'a1', name: '张三', notes: '单位的备注', applicant: { title_date: '2018-06-01' } }] };
    const unit = new HandoffReceiver(page, server.url);
    await unitWith(page, namesake);
    const before = await unit.stored();
    await unit.openLink(link);
    await unit.testId('handoff-ask').waitFor();
    assert.equal(await unit.change(), 'ask');
    assert.ok(await unit.confirmButton().isDisabled(), 'no choice, no confirm');
    assert.equal(await unit.stored(), before, 'nothing stored before confirming');
    await unit.chooseUpdate();
    await unit.confirm();
    const rows = await unit.storedApplicants();
    assert.equal(rows.length, 1, 'the same person, updated in place');
    assert.equal(rows[0].id, 'a1');
    assert.equal(rows[0].applicant.title_date, '2019-12-31', 'the answers sent');
    assert.equal(rows[0].notes, '单位的备注', 'the unit\'s notes stay');
  });
});

/** A unit's stored list: its name as on its seal and its applicants. */
const unitDocument = (unit, people) => ({
  schema: 2,
  timeline: { unit: 'provincial' },
  applicants: people.map(([id, name, target, current]) => ({
    id, name, round: 2024,
    applicant: {
      civil_servant: false, in_sector: true, specialty: 'metrology', target, unit: 'provincial',
      education: 'bachelor', current_title: current, title_date: '2018-06-01',
    },
  })),
  paperwork: { unit_name: unit, round: 2024 },
});

const UNIT_A = unitDocument('沈阳市计量测试院', [['a1', '张三', 'senior-engineer', 'engineer'], ['a2', '李四', 'engineer', 'assistant-engineer']]);
const UNIT_B = unitDocument('大连市特种设备检验中心', [['a1', '王五', 'senior-engineer', 'engineer'], ['a2', '张三', 'engineer', 'assistant-engineer']]);

test('two units send their lists and the bureau\'s 附件5 lists all four applicants with their units', async () => {
  const links = [];
  for (const unit of [UNIT_A, UNIT_B]) {
    await withBrowser(async ({ page }) => {
      await unitWith(page, unit);
      const sender = new HandoffSender(page);
      links.push(await sender.send('send-list'));
      await sender.expectContents(new RegExp(`${unit.paperwork.unit_name} 2024 年度的申报人名单：2 人`));
    });
  }

  // The city bureau opens both links.
  await withBrowser(async ({ page }) => {
    const bureau = new HandoffReceiver(page, server.url);
    await bureau.openLink(links[0]);
    assert.equal(await bureau.stored(), null, 'nothing stored before confirming');
    assert.equal(await bureau.added(), '张三、李四');
    await bureau.confirm();

    // The second unit's link, opened in the same tab (no page load).
    await bureau.followHash(links[1]);
    await expectValue('the names the second list adds', () => bureau.added(), '王五、张三');
    // 张三 is now in two units: flagged, never merged.
    const duplicate = bureau.testId('handoff-duplicate');
    assert.equal(await duplicate.getAttribute('data-name'), '张三');
    await expectText(duplicate, /沈阳市计量测试院、大连市特种设备检验中心/);
    await screenshot(page, 'handoff-list-preview-phone');
    await noViolations(page);
    await bureau.confirm();
    assert.equal((await bureau.storedApplicants()).length, 4);
    // On the list, both 张三 rows are kept, each with its unit, and flagged.
    const ws = new WorkspacePage(page, server.url);
    await expectValue('the names listed', async () => (await ws.names()).sort(), ['张三', '张三', '李四', '王五'].sort());
    assert.equal(await ws.testId('row-duplicate').count(), 2);
    const units = await ws.testId('row-unit').allInnerTexts();
    assert.equal(units.filter((u) => u.includes('所在单位：沈阳市计量测试院')).length, 2);
    assert.equal(units.filter((u) => u.includes('所在单位：大连市特种设备检验中心')).length, 2);

    // The first unit's list again: nothing added, nothing removed.
    await bureau.followHash(links[0]);
    await bureau.preview().waitFor();
    await expectValue('the names the list adds again', () => bureau.added(), '无');
    assert.equal(await bureau.removed(), '无');
    assert.equal(await bureau.unchanged(), '2 人');
    await bureau.confirm();
    assert.equal((await bureau.storedApplicants()).length, 4);

    // 附件5: every applicant with their own unit.
    const docs = await new DocumentsPage(page, server.url).open();
    await docs.testId('summary-table').waitFor();
    const table = await docs.testId('summary-table').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText)));
    const byName = (rows, name, unit) => rows.filter((r) => r[1] === name && r[2] === unit).length;
    const expected = [['张三', '沈阳市计量测试院'], ['李四', '沈阳市计量测试院'], ['王五', '大连市特种设备检验中心'], ['张三', '大连市特种设备检验中心']];
    assert.equal(table.length, 4);
    for (const [name, unit] of expected) assert.equal(byName(table, name, unit), 1, `${name} of ${unit} in the table`);
    const tsv = parse(await docs.testId('csv-text').inputValue(), { delimiter: '\t' });
    assert.equal(tsv[0][2], '单位');
    assert.equal(tsv.length, 5, 'header and four rows');
    for (const [name, unit] of expected) assert.equal(byName(tsv.slice(1), name, unit), 1, `${name} of ${unit} in the text`);
  });
});

/** `len` CJK characters that differ from one `seed` to the next (so that
 * DEFLATE finds little to share), as handoff.rs's own test builds them. */
const han = (seed, len) => Array.from({ length: len }, (_, k) =>
  String.fromCodePoint(0x4e00 + ((seed * 7919 + k * 104729) % 20000))).join('');

test('a full list of 30 is sent as a link (no QR code: too long to scan) and arrives whole', async (t) => {
  // The full list: names of 3 characters, unit names of 10, three
  // achievements titled with 20 characters, a patent, ticks.
  const kinds = ['paper', 'standard', 'award'];
  const people = Array.from({ length: 30 }, (_, i) => ({
    id: `a${i + 1}`, name: han(i, 3), unit_name: han(300 + i, 10), round: 2024, posted: '2024-07-24',
    ticks: ['form-1', 'form-2', 'form-3'],
    applicant: {
      civil_servant: false, in_sector: true, specialty: 'metrology', target: 'senior-engineer', unit: 'provincial',
      education: 'bachelor', current_title: 'engineer', title_date: '2018-06-01',
      patent: { kind: 'invention', annual_benefit_yuan: 100000 + 1234 * i, obtained: '2023-03-10' },
    },
    achievements: [0, 1, 2].map((k) => ({ kind: kinds[k], title: han(100 + i * 3 + k, 20), date: `202${1 + k}-0${1 + (i % 9)}-15` })),
  }));
  const unit = { schema: 2, applicants: people, paperwork: { unit_name: han(999, 10), round: 2024 } };
  let link = '';
  await withBrowser(async ({ page }) => {
    await unitWith(page, unit);
    const sender = new HandoffSender(page);
    link = await sender.send('send-list');
    const fragment = new URL(link).hash.slice(1);
    // Issue 21: a full list of 30 fits in 8,000 characters; over the
    // 2,000 a QR code can carry, it says so instead of drawing one.
    assert.ok(fragment.length > 2000 && fragment.length <= 8000, `${fragment.length} characters`);
    t.diagnostic(`a full list of 30: a fragment of ${fragment.length} characters`);
    await expectText(sender.testId('handoff-qr-too-long'), /超过 2000 个/);
    assert.equal(await sender.qr().count(), 0);
  });
  await withBrowser(async ({ page }) => {
    const bureau = new HandoffReceiver(page, server.url);
    await bureau.openLink(link);
    assert.equal(await bureau.added(), people.map((p) => p.name).join('、'));
    await bureau.confirm();
    const rows = await bureau.storedApplicants();
    assert.equal(rows.length, 30);
    assert.deepEqual(rows.map((r) => r.achievements.map((a) => a.title)), people.map((p) => p.achievements.map((a) => a.title)));
    assert.deepEqual(rows.map((r) => r.unit_name), people.map((p) => p.unit_name), 'each keeps their own unit');
  });
});
