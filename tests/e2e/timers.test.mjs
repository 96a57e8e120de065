// A page's timers go with the page: the workspace's undo offer (15 s) is
// cleared when the page is left, so its timer never touches signals that are
// gone. These tests run the page's timers (Playwright's clock.install with
// runFor); the harness's fixed clock would stop them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, serveSite, IN_2024_ROUND } from './harness.mjs';
import { expectText } from './pages/app.mjs';
import { WorkspacePage } from './pages/workspace.mjs';
import { CalculatorPage } from './pages/calculator.mjs';

const server = serveSite();

/** On 单位总览: adds 赵六, deletes them, and waits for the undo offer. */
async function deleteOne(page) {
  const ws = await new WorkspacePage(page, server.url).open();
  await ws.addApplicant('赵六');
  await ws.done();
  await ws.delete('赵六');
  await ws.confirmDelete();
  await ws.testId('undo').waitFor();
  return ws;
}

test('delete, leave the page, run the timers past the undo time: the app keeps working', async () => {
  await withBrowser(async ({ page, context }) => {
    await context.clock.install({ time: new Date(IN_2024_ROUND) });
    const ws = await deleteOne(page);
    // Leave without a page load (a tab), then let the undo timer's time pass.
    await ws.openTab('时间安排');
    await page.getByTestId('unit-provincial').waitFor();
    await context.clock.runFor(20_000);
    // The app still answers: another tab, then the calculator.
    await ws.openTab('公示计算');
    const calc = new CalculatorPage(page, server.url);
    await calc.postedOn('2024-07-24');
    await expectText(calc.testId('publicity-end'), '7月31日');
    await calc.openTab('单位总览');
    await ws.page.getByLabel('新增申报人（姓名）').fill('孙七');
    await ws.pressAdd();
    await ws.row('孙七').waitFor();
    // withBrowser asserts that nothing threw (a panic is a page error).
  }, { now: null });
});

test('on the page, the undo offer still ends after 15 seconds', async () => {
  await withBrowser(async ({ page, context }) => {
    await context.clock.install({ time: new Date(IN_2024_ROUND) });
    const ws = await deleteOne(page);
    await context.clock.runFor(14_000);
    assert.equal(await ws.testId('undo').count(), 1, 'still offered at 14 s');
    await context.clock.runFor(2_000);
    await ws.testId('undo').waitFor({ state: 'detached' });
  }, { now: null });
});
