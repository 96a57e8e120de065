// Pasting notices on the years page: the State Council's holiday notice and
// the province's evaluation notice are read, shown with the sentence behind
// each day or field, and saved only on confirmation, never over official data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { withBrowser, serveSite, screenshot, DECEMBER_2026 } from './harness.mjs';
import { expectText, expectValue } from './pages/app.mjs';
import { YearsPage } from './pages/years.mjs';
import { CalculatorPage } from './pages/calculator.mjs';
import { TimelinePage } from './pages/timeline.mjs';

const server = serveSite();

/** A made-up 2027 notice as a chat app or a news page might give it. 6月12日 is a Saturday, written 周五. */
const HOLIDAYS_2027 = `国务院办公厅关于 ２０２７ 年部分节假日安排的通知
各省、自治区、直辖市人民政府，国务院各部委、
各直属机构：
经国务院批准，现将２０２７年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、 元旦 ：  １ 月 １ 日（周五）至
 ３ 日（周日）放假，
共 ３ 天。
二、 春节 ：  ２ 月 ６ 日（农历除夕、周六）至 １４ 日（周日）放假调休，
共 ９ 天。  ２ 月 ２０ 日（周六）　上班。
三、 清明节 ：  ４ 月 ３ 日（周六）至
 ５ 日（周一）放假，共 ３ 天。
四、 劳动节 ：  ５ 月 １ 日（周六）至 ５ 日（周三）放假调休，
共 ５ 天。  ４ 月 ２５ 日（周日）、 ５ 月 ８ 日（周六）上班。
五、 端午节 ：  ６ 月 １２ 日（周五）至
 １４ 日（周一）放假，
共 ３ 天。
六、 中秋节 ：  ９ 月 １５ 日（周三）放假，共 １ 天。
七、 国庆节 ：  １０ 月 １ 日（周五）至
 ７ 日（周四）放假调休，
共 ７ 天。  ９ 月 ２６ 日（周日）、 １０ 月 ９ 日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。

国务院办公厅
２０２６年１１月１０日
`;

const range = (prefix, first, last) =>
  Array.from({ length: last - first + 1 }, (_, i) => `${prefix}-${String(first + i).padStart(2, '0')}`);

/** Every day the made-up notice states, worked out by hand. */
const DAYS_OFF_2027 = [
  ...range('2027-01', 1, 3),
  ...range('2027-02', 6, 14),
  ...range('2027-04', 3, 5),
  ...range('2027-05', 1, 5),
  ...range('2027-06', 12, 14),
  '2027-09-15',
  ...range('2027-10', 1, 7),
];
const WORKED_2027 = ['2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09'];

const evaluation2024 = () => readFile('crates/pingshen/tests/data/notices/evaluation-2024.txt', 'utf8');

/** The 2024 evaluation notice made into a 2027 one, with windows unlike the projection (08-02..03, 08-09..11). */
async function evaluation2027() {
  return (await evaluation2024())
    .replaceAll('2024', '2027')
    .replace('2027年5月29日', '2027年5月28日')
    .replace('省直有关单位8月1至2日', '省直有关单位8月3至4日')
    .replace('各主管部门8月7至9日', '各主管部门8月10至12日');
}

/** The axe violations of the page as it stands. */
async function violations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

const years = (page) => new YearsPage(page, server.url);

test('a pasted 2027 holiday notice is previewed day by day, saved on confirmation, and counts', async () => {
  await withBrowser(async ({ page }) => {
    const y = await years(page).open();
    const before = await y.stored();
    await y.pasteHolidayNotice(HOLIDAYS_2027, 2027);
    assert.deepEqual(
      (await y.parsedDays()).sort(),
      [...DAYS_OFF_2027.map((d) => [d, 'true']), ...WORKED_2027.map((d) => [d, 'false'])].sort(),
    );
    // Calendars only for the months that have stated days: Jan, Feb, Apr, May, Jun, Sep, Oct.
    assert.deepEqual(
      await page.locator('[data-testid="holiday-preview"] table.month caption').allInnerTexts(),
      ['2027年1月', '2027年2月', '2027年4月', '2027年5月', '2027年6月', '2027年9月', '2027年10月'],
    );
    // Each day is tied to its sentence.
    const mayDay = y.parsedDay('2027-05-08');
    const mark = (await mayDay.innerText()).replace(/\s/g, '').replace(/^8班/, '');
    await expectText(y.testId('parsed-source').filter({ hasText: mark }), /５ 月 ８ 日（周六）上班/);
    assert.match(await mayDay.getAttribute('aria-label'), /劳动节调休上班/);
    // 261 Mon–Fri, 17 of them off, 5 weekend days worked.
    assert.equal(await y.testId('parsed-working-days').getAttribute('data-count'), '249');
    await expectText(y.testId('parsed-working-days'), /2027 年共有 249 个工作日/);
    // The wrong weekday is pointed out, and does not block saving.
    await expectText(y.testId('parsed-warning'), /6月12日.*周五.*星期六/);
    assert.equal(await y.stored(), before, 'nothing saved before confirming');
    await screenshot(page, 'paste-holidays-2027-phone');
    assert.deepEqual(await violations(page), [], 'the holiday preview is accessible');

    await y.confirmPaste('holiday', /已保存 2027 年节假日安排[\s\S]*36 天.*据粘贴的国务院通知/);
    assert.equal(await y.holidayYear(2027).getAttribute('data-official'), 'false');
    await expectText(y.holidayYear(2027), /据粘贴的国务院通知（非官方）/);

    // Posted Fri 04-30: 05-01..05 off, Thu 05-06 (1), Fri 05-07 (2), Sat 05-08 worked (3), Mon 05-10 (4), Tue 05-11 (5).
    const calc = await new CalculatorPage(page, server.url).open('?posted=2027-04-30&days=5');
    assert.equal(await calc.publicityEnd(), '2027-05-11');
    assert.equal(await calc.dataWarning().count(), 0, 'no estimate warning for 2027');

    await calc.reload();
    assert.equal(await calc.publicityEnd(), '2027-05-11');
  }, { now: DECEMBER_2026 });
});

test('a pasted 2027 evaluation notice replaces the 2027 profile and makes the round the user\'s', async () => {
  await withBrowser(async ({ page }) => {
    const y = await years(page).open();
    // A 2027 profile made from the projection first: the paste says it replaces it.
    await y.createYear(2027);
    // Stored only once saved, with the issue date typed in (none is invented).
    await y.fillProfile('通知发布日', '2027-05-28');
    await y.saveProfile('已保存');
    await y.pasteEvaluationNotice(await evaluation2027(), 2027);
    assert.deepEqual(await y.parsedFields(), {
      title: '关于做好2027年全省质量技术监督系列专业技术任职资格评审安排的通知',
      issued: '2027-05-28',
      achievements_cutoff: '2027-07-31',
      seniority_cutoff: '2027-12-31',
      publicity_working_days: '5',
      provincial_window: '2027-08-03/2027-08-04',
      city_window: '2027-08-10/2027-08-12',
      place: '省市场监管局1009房间',
      contact_name: '史阔',
      contact_phone: '(024)96315-1-5113',
      fax: '(024)86244536',
      committee_meeting: await y.parsedField('committee_meeting').getAttribute('data-value'),
      defense: await y.parsedField('defense').getAttribute('data-value'),
    });
    await expectText(y.parsedField('committee_meeting'), /9月中旬/);
    await expectText(y.parsedField('defense'), /另行通知/);
    // Each field shows the sentence it came from.
    await expectText(y.parsedField('provincial_window').locator('q'), /报卷时间:省直有关单位8月3至4日/);
    assert.deepEqual(await y.missingFields(), []);
    await expectText(y.testId('notice-paste-replaces'), /已有自行填写的 2027 年度/);
    await screenshot(page, 'paste-notice-2027-phone');

    await y.confirmPaste('notice', /已保存 2027 年度[\s\S]*原有的自行填写内容已替换/);

    const plan = await new TimelinePage(page, server.url).open('?unit=provincial&round=2027');
    await plan.expectRound({ year: '2027', kind: 'user' });
    assert.equal(await plan.windowOpen(), '2027-08-03');
    assert.equal(await plan.windowClose(), '2027-08-04');
    await plan.open('?unit=city&round=2027');
    assert.equal(await plan.windowOpen(), '2027-08-10');
    assert.equal(await plan.windowClose(), '2027-08-12');
  }, { now: DECEMBER_2026 });
});

test('a notice without its window sentence asks for the windows before it can be saved', async () => {
  await withBrowser(async ({ page }) => {
    const y = await years(page).open();
    const text = (await evaluation2027()).replace(/报卷时间:[^\n]*\n[^\n]*\n/, '');
    assert.doesNotMatch(text, /报卷时间/);
    await y.pasteEvaluationNotice(text, 2027);
    assert.deepEqual(await y.missingFields(), ['provincial_window', 'city_window']);
    const confirm = y.confirmButton('notice');
    assert.equal(await confirm.isDisabled(), true);
    await expectText(y.testId('notice-paste-blocked'), /请填写省直有关单位报卷时间的开始日/);
    assert.deepEqual(await violations(page), [], 'the notice preview with its inputs is accessible');
    await y.fillWindow('省直有关单位报卷时间：开始', '2027-08-05');
    await y.fillWindow('省直有关单位报卷时间：结束', '2027-08-06');
    await y.fillWindow('各市市场监管局、各主管部门报卷时间：开始', '2027-07-20');
    await y.fillWindow('各市市场监管局、各主管部门报卷时间：结束', '2027-07-21');
    // A window before the achievements cutoff is refused as in the editor.
    await expectText(y.testId('notice-paste-blocked'), '早于申报材料截止日');
    assert.equal(await confirm.isDisabled(), true);
    await y.fillWindow('各市市场监管局、各主管部门报卷时间：开始', '2027-08-16');
    await y.fillWindow('各市市场监管局、各主管部门报卷时间：结束', '2027-08-18');
    await y.testId('notice-paste-blocked').waitFor({ state: 'detached' });
    assert.equal(await confirm.isDisabled(), false);
    await y.confirmPaste('notice', '已保存 2027 年度');
    const plan = await new TimelinePage(page, server.url).open('?unit=city&round=2027');
    await plan.expectRound({ year: '2027', kind: 'user' });
    assert.equal(await plan.windowOpen(), '2027-08-16');
    assert.equal(await plan.windowClose(), '2027-08-18');
  }, { now: DECEMBER_2026 });
});

test('a forum copy with three windows quotes the parts it could not place and lets the user choose one', async () => {
  await withBrowser(async ({ page }) => {
    const y = await years(page).open();
    // crates/pingshen/tests/data/notices/evaluation-2027-forum.txt: title over two lines, both
    // cutoffs joined by a comma, the cities' range cut at a line break, and
    // 各主管部门 on their own days (08-16..17).
    await y.pasteEvaluationNotice(await readFile('crates/pingshen/tests/data/notices/evaluation-2027-forum.txt', 'utf8'), 2027);
    const value = (field) => y.parsedField(field).getAttribute('data-value');
    // The seniority cutoff is the date after 资历…截止, not the sentence's first date.
    assert.equal(await value('seniority_cutoff'), '2027-12-31');
    assert.equal(await value('achievements_cutoff'), '2027-07-31');
    assert.equal(await value('provincial_window'), '2027-08-03/2027-08-04');
    assert.deepEqual(await y.missingFields(), ['city_window']);
    // Both city parts are quoted with the reason; 2027 has no holiday data, said too.
    const warnings = y.testId('parsed-warning');
    assert.deepEqual(
      await warnings.evaluateAll((els) => els.map((e) => e.dataset.kind)),
      ['unused-window', 'unused-window', 'window-days-unchecked'],
    );
    await expectText(warnings.nth(0), /8月10日至8月12日[\s\S]*不止一段[\s\S]*各市市场监管局8月10至\s*12日/);
    await expectText(warnings.nth(1), /各主管部门8月16至17日/);
    await expectText(warnings.nth(2), /2027 年还没有官方节假日安排/);
    await screenshot(page, 'paste-notice-forum-2027-phone');
    const confirm = y.confirmButton('notice');
    assert.equal(await confirm.isDisabled(), true);
    // Choosing a quoted part fills the field's inputs, then the notice can be saved.
    const choices = page.locator('[data-testid="choose-window"][data-field="city_window"]');
    assert.deepEqual(await choices.evaluateAll((els) => els.map((e) => e.dataset.value)),
      ['2027-08-10/2027-08-12', '2027-08-16/2027-08-17']);
    await choices.nth(0).click();
    await expectValue('the cities\' window start', () => page.getByLabel('各市市场监管局、各主管部门报卷时间：开始').inputValue(), '2027-08-10');
    assert.equal(await page.getByLabel('各市市场监管局、各主管部门报卷时间：结束').inputValue(), '2027-08-12');
    await y.testId('notice-paste-blocked').waitFor({ state: 'detached' });
    await y.confirmPaste('notice', '已保存 2027 年度');
    const saved = JSON.parse(await y.stored()).profiles.find((p) => p.year === 2027);
    assert.equal(saved.seniority_cutoff, '2027-12-31');
    assert.deepEqual(saved.city_window, { first: '2027-08-10', last: '2027-08-12' });
  }, { now: DECEMBER_2026 });
});

test('a notice pasted without its title, document number first, is read as the body\'s year', async () => {
  await withBrowser(async ({ page }) => {
    const y = await years(page).open();
    // 国办发明电〔2025〕7号 first (the year of issue); the body says 现将2026年.
    const text = await readFile('crates/pingshen/tests/data/notices/holidays-2026-docnumber-first.txt', 'utf8');
    await y.pasteHolidayNotice(text, 2026);
    await expectText(y.testId('holiday-preview-title'), /^未粘贴标题（2026 年取自正文，请核对）$/);
    assert.equal(await y.testId('holiday-agreement').getAttribute('data-agrees'), 'true');
  }, { now: DECEMBER_2026 });
});

test('official years: the pasted text is compared with the shipped data and cannot be saved', async () => {
  await withBrowser(async ({ page }) => {
    const y = await years(page).open();
    const before = await y.stored();
    await y.pasteHolidayNotice(await readFile('crates/pingshen/tests/data/notices/holidays-2025-gov.txt', 'utf8'), 2025);
    assert.ok((await y.testId('parsed-day').count()) > 20);
    const agreement = y.testId('holiday-agreement');
    assert.equal(await agreement.getAttribute('data-agrees'), 'true');
    await expectText(agreement, /与内置的 2025 年官方数据一致/);
    assert.equal(await y.confirmButton('holiday').count(), 0);

    // 2025-01-26 is a make-up working day in 2025: said to be off, it differs.
    const changed = (await readFile('crates/pingshen/tests/data/notices/holidays-2025-gov.txt', 'utf8'));
    await y.paste('holiday', changed.replace(/1月26日（周日）、/, ''));
    await page.locator('[data-testid="holiday-agreement"][data-agrees="false"]').waitFor();
    assert.deepEqual(
      await y.testId('agreement-difference').evaluateAll((els) => els.map((e) => e.dataset.date)),
      ['2025-01-26'],
    );
    await expectText(y.testId('agreement-difference'), /粘贴的通知为未列出，内置数据为上班/);

    await y.pasteEvaluationNotice(await evaluation2024(), 2024);
    assert.equal(await y.testId('parsed-field').count(), 13);
    assert.equal(await y.testId('notice-agreement').getAttribute('data-agrees'), 'true');
    await expectText(y.testId('notice-agreement'), /与内置的 2024 年正式通知一致/);
    assert.equal(await y.confirmButton('notice').count(), 0);
    assert.equal(await y.stored(), before, 'nothing saved');
  }, { now: DECEMBER_2026 });
});

test('bad pastes get a Chinese alert and change nothing saved', async () => {
  await withBrowser(async ({ page }) => {
    // Something saved first, to see that it survives.
    await new CalculatorPage(page, server.url).open('?posted=2026-11-02&days=5');
    const y = await years(page).open();
    const before = await y.stored();
    assert.ok(before);
    const evaluation = await evaluation2024();
    const holidays = await readFile('crates/pingshen/tests/data/notices/holidays-2025-gov.txt', 'utf8');
    const huge = '春节放假'.repeat(2_700_000); // about 10 MB in UTF-8
    const otherProvince = evaluation.replace('辽宁省市场监督管理局\n2024', '吉林省市场监督管理厅\n2024');
    const provincialHolidays = '辽宁省人民政府办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日放假。';
    const cases = [
      ['holiday', '', /没有粘贴内容/],
      ['holiday', 'asdf qwer 1234 ？？', /没有找到通知标题/],
      ['holiday', huge, /粘贴的内容太长/],
      ['holiday', provincialHolidays, /“关于2027年部分节假日安排的通知”不是国务院办公厅/],
      ['holiday', evaluation, /“关于做好2024年全省质量技术监督系列.*”不是国务院办公厅/],
      ['notice', '', /没有粘贴内容：请粘贴评审安排通知全文/],
      ['notice', 'asdf qwer 1234 ？？', /这不是辽宁省质量技术监督系列职称评审安排的通知/],
      ['notice', huge, /粘贴的内容太长/],
      ['notice', otherProvince, /“关于做好2024年全省质量技术监督系列.*”不是辽宁省/],
      ['notice', holidays, /“国务院办公厅关于2025年部分节假日安排的通知”不是辽宁省/],
    ];
    for (const [box, text, pattern] of cases) {
      if (text === huge) {
        // Set in the page: sending 10 MB through the driver twice is slow.
        // A paste fires `input`, which the app reads the text from.
        await y.testId(`${box}-paste`).evaluate((el) => {
          el.value = '春节放假'.repeat(2_700_000);
          el.dispatchEvent(new Event('input', { bubbles: true }));
        });
        await y.testId(`${box}-parse`).click();
      } else {
        await y.paste(box, text);
      }
      await expectText(y.pasteError(box), pattern);
      assert.equal(await y.testId(`${box}-preview`).count(), 0, `${pattern}: no preview`);
      assert.equal(await y.confirmButton(box).count(), 0, `${pattern}: no confirm`);
      assert.equal(await y.stored(), before, `${pattern}: nothing saved`);
      // Cleared before the next case, so the next alert is the next case's.
      await y.testId(`${box}-paste`).fill('');
    }
  }, { now: DECEMBER_2026 });
});
