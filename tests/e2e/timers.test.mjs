// A page's timers go with the page: the workspace's undo offer (15 s) is
// cleared when the page is left, so its timer never touches signals that are
// gone. These tests run the page's timers (Playwright's clock.install with
// runFor); the harness's fixed clock would stop them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, serveSite, IN_2024_ROUND } from './harness.mjs';

const server = serveSite();

async function deleteOne(page) {
  await page.goto(`${server.url}/?page=workspace`);
  await page.getByLabel('新增申报人（姓名）').fill('赵六');
  await page.getByTestId('add-applicant').click();
  await page.getByTestId('editor-done').click();
  await page.getByTestId('delete').click();
  await page.getByTestId('confirm-delete').click();
  await page.getByTestId('undo').waitFor();
}

test('delete, leave the page, run the timers past the undo time: the app keeps working', async () => {
  await withBrowser(async ({ page, context }) => {
    await context.clock.install({ time: new Date(IN_2024_ROUND) });
    await deleteOne(page);
    // Leave without a page load (a tab), then let the undo timer's time pass.
    await page.locator('a.tabs__tab', { hasText: '时间安排' }).click();
    await page.getByTestId('unit-provincial').waitFor();
    await context.clock.runFor(20_000);
    // The app still answers: another tab, then the calculator.
    await page.locator('a.tabs__tab', { hasText: '公示计算' }).click();
    await page.getByTestId('date-input').fill('2024-07-24');
    await page.getByTestId('publicity-end').filter({ hasText: '7月31日' }).waitFor();
    await page.locator('a.tabs__tab', { hasText: '单位总览' }).click();
    await page.getByLabel('新增申报人（姓名）').fill('孙七');
    await page.getByTestId('add-applicant').click();
    await page.getByTestId('applicant-row').filter({ hasText: '孙七' }).waitFor();
    // withBrowser asserts that nothing threw (a panic is a page error).
  }, { now: null });
});

test('on the page, the undo offer still ends after 15 seconds', async () => {
  await withBrowser(async ({ page, context }) => {
    await context.clock.install({ time: new Date(IN_2024_ROUND) });
    await deleteOne(page);
    await context.clock.runFor(14_000);
    assert.equal(await page.getByTestId('undo').count(), 1, 'still offered at 14 s');
    await context.clock.runFor(2_000);
    await page.getByTestId('undo').waitFor({ state: 'detached' });
  }, { now: null });
});
