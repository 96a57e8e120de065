// The unit workspace: applicants, the overview, two tabs, export and import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { withBrowser, serveSite, screenshot } from './harness.mjs';

const server = serveSite();


async function openWorkspace(page) {
  await page.goto(`${server.url}/?page=workspace`);
  await page.getByTestId('add-applicant').waitFor();
}

const names = (page) => page.getByTestId('row-name').allInnerTexts();

async function addApplicant(page, name) {
  await page.getByLabel('新增申报人（姓名）').fill(name);
  await page.getByTestId('add-applicant').click();
  await page.getByTestId('editor').waitFor();
}

test('three applicants added by hand survive a reload; names stay text', async () => {
  await withBrowser(async ({ page }) => {
    // A city bureau's timeline, so the overview knows the deadlines.
    await page.goto(`${server.url}/?unit=city`);
    await page.getByTestId('window-open').waitFor();
    await openWorkspace(page);
    await addApplicant(page, '张三');
    await page.getByLabel('申报级别').selectOption({ label: '高级工程师' });
    await page.getByLabel('公示张贴日期').fill('2024-07-24');
    await page.getByTestId('editor-done').click();
    await addApplicant(page, '李四');
    await page.getByTestId('editor-done').click();
    await addApplicant(page, '<img src=x onerror="window.__xss=1">王五');
    await page.getByTestId('editor-done').click();
    // An empty name is refused.
    await page.getByTestId('add-applicant').click();
    assert.match(await page.locator('[data-field="name"]').innerText(), /姓名/);
    assert.equal(await page.getByTestId('summary-total').innerText(), '3');
    await page.reload();
    await page.getByTestId('applicant-row').first().waitFor();
    assert.deepEqual((await names(page)).sort(), ['<img src=x onerror="window.__xss=1">王五', '张三', '李四'].sort());
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    const zhang = page.getByTestId('applicant-row').filter({ hasText: '张三' });
    // Posted 2024-07-24: on 2024-08-02 the publicity (to 07-31) has ended.
    assert.equal(await zhang.getAttribute('data-status'), 'ended');
    assert.match(await zhang.getByTestId('row-publicity').innerText(), /7月31日/);
    await screenshot(page, 'workspace-phone');
  }, { now: '2024-08-02T10:00:00+08:00' });
});

test('delete asks first and can be undone', async () => {
  await withBrowser(async ({ page }) => {
    await openWorkspace(page);
    await addApplicant(page, '赵六');
    await page.getByTestId('editor-done').click();
    await page.getByTestId('delete').click();
    assert.equal(await page.getByTestId('applicant-row').count(), 1, 'nothing deleted before confirming');
    await page.getByTestId('confirm-delete').click();
    assert.equal(await page.getByTestId('applicant-row').count(), 0);
    await page.getByTestId('undo-delete').click();
    assert.deepEqual(await names(page), ['赵六']);
    // Duplicate makes an independent copy.
    await page.getByTestId('duplicate').click();
    await page.getByTestId('editor-done').click();
    assert.deepEqual((await names(page)).sort(), ['赵六', '赵六（副本）'].sort());
  });
});

test('two tabs edit different applicants and both edits survive', async () => {
  await withBrowser(async ({ context, page }) => {
    const rowOf = (p, name) => p.getByTestId('applicant-row').filter({ has: p.getByTestId('row-name').getByText(name, { exact: true }) });
    await page.goto(`${server.url}/?page=workspace&round=2024&today=2024-07-20`);
    await page.getByTestId('add-applicant').waitFor();
    await addApplicant(page, '甲');
    await page.getByTestId('editor-done').click();
    await addApplicant(page, '乙');
    await page.getByTestId('editor-done').click();
    const other = await context.newPage();
    await openWorkspace(other);
    // Tab 1 edits 甲, tab 2 edits 乙 and adds 丙, each without reloading.
    await page.getByTestId('applicant-row').filter({ hasText: '甲' }).locator('..').getByTestId('edit').click();
    await page.getByLabel('备注').fill('第一页的备注');
    await page.getByLabel('备注').blur();
    const address = page.url();
    const before = await rowOf(page, '乙').innerText();
    await other.getByTestId('applicant-row').filter({ hasText: '乙' }).locator('..').getByTestId('edit').click();
    await other.getByLabel('申报级别').selectOption({ label: '工程师' });
    await other.getByTestId('editor-done').click();
    await addApplicant(other, '丙来自第二页');
    // Tab 1 sees tab 2's changes through the storage event, without a reload:
    // a name only tab 2 typed, and 乙's row as tab 2 shows it.
    await rowOf(page, '丙来自第二页').waitFor();
    const after = await rowOf(other, '乙').innerText();
    assert.notEqual(after, before, "tab 2's edit changes 乙's row");
    assert.equal(await rowOf(page, '乙').innerText(), after);
    assert.equal(await page.getByTestId('summary-total').innerText(), '3');
    // What tab 1 showed otherwise stays: its address (round, today) and its open editor.
    assert.equal(page.url(), address);
    assert.equal(await page.getByTestId('round').getAttribute('data-year'), '2024');
    assert.equal(await page.locator('#editor-title').innerText(), '编辑：甲');
    assert.equal(await page.getByLabel('备注').inputValue(), '第一页的备注');
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('pingshen')));
    const byName = Object.fromEntries(stored.applicants.map((a) => [a.name, a]));
    assert.equal(byName['甲'].notes, '第一页的备注');
    assert.equal(byName['乙'].applicant.target, 'engineer');
    assert.ok(byName['丙来自第二页']);
    await other.close();
  });
});

test('export, clear, import brings everything back; a broken file changes nothing', async () => {
  await withBrowser(async ({ page }) => {
    await openWorkspace(page);
    for (const name of ['一号', '二号, "带引号"', '三号\n换行']) {
      await addApplicant(page, name.replace('\n', ' '));
      await page.getByTestId('editor-done').click();
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    const exported = await readFile(await download.path(), 'utf8');
    const doc = JSON.parse(exported);
    assert.equal(doc.format, 'pingshen-export');
    assert.equal(doc.data.applicants.length, 3);
    assert.ok(exported.includes('\n  '), 'pretty-printed');

    // Broken files: nothing changes.
    const before = await page.evaluate(() => localStorage.getItem('pingshen'));
    for (const [name, body] of [
      ['junk.json', 'not json at all'],
      ['truncated.json', exported.slice(0, exported.length / 2)],
      ['future.json', JSON.stringify({ ...doc, schema: 99 })],
      ['other.json', JSON.stringify({ hello: 'world' })],
    ]) {
      await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await page.getByTestId('import-message').filter({ hasText: '未导入' }).waitFor();
      assert.equal(await page.evaluate(() => localStorage.getItem('pingshen')), before, name);
    }
    // Just over the 10 MB limit: refused before it is read.
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x61);
    await page.getByTestId('import-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: big });
    await page.getByTestId('import-message').filter({ hasText: '太大' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('pingshen')), before);

    // Clear everything, import the export (replace), all back.
    await page.evaluate(() => localStorage.clear());
    await openWorkspace(page);
    assert.equal(await page.getByTestId('applicant-row').count(), 0);
    await page.getByTestId('import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await page.getByTestId('import-preview').waitFor();
    assert.match(await page.getByTestId('import-preview').innerText(), /新增 3 人/);
    await page.getByTestId('mode-replace').check();
    await page.getByTestId('import-confirm').click();
    assert.equal(await page.getByTestId('applicant-row').count(), 3);
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    const reexported = await readFile(await again.path(), 'utf8');
    const strip = (t) => t.replace(/"exported_at": "[^"]*"/, '');
    assert.equal(strip(reexported), strip(exported), 'byte-identical apart from the export time');
  });
});

test('500 applicants render and filter (figures logged, not asserted)', async () => {
  await withBrowser(async ({ page }) => {
    await openWorkspace(page);
    const doc = {
      schema: 1,
      timeline: { unit: 'city' },
      applicants: Array.from({ length: 500 }, (_, i) => ({
        id: `a${i}`,
        name: `申报人${i}`,
        applicant: {
          civil_servant: false, in_sector: true, specialty: 'metrology',
          target: ['engineer', 'senior-engineer', 'professor-engineer'][i % 3],
          unit: 'provincial', education: 'bachelor',
          current_title: ['assistant-engineer', 'engineer', 'senior-engineer'][i % 3],
          title_date: '2018-06-01', exceptional: false,
        },
        ...(i % 2 ? { posted: '2024-07-24' } : {}),
      })),
    };
    await page.evaluate((d) => localStorage.setItem('pingshen', JSON.stringify(d)), doc);
    const start = Date.now();
    await page.reload();
    await page.getByTestId('applicant-row').nth(499).waitFor();
    const loadMs = Date.now() - start;
    // Leptos applies DOM updates in a microtask: wait for a macrotask to include them.
    const filterMs = await page.evaluate(async () => {
      const select = document.getElementById('filter-level');
      const t = performance.now();
      select.value = 'engineer';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      return performance.now() - t;
    });
    const shown = await page.getByTestId('applicant-row').count();
    assert.ok(shown > 100 && shown < 200, `filtered to one level: ${shown}`);
    console.log(`# 500 applicants: reload to last row ${loadMs} ms; level filter re-render ${filterMs.toFixed(1)} ms`);
  });
});

test('a full storage quota is reported and the in-memory state keeps working', async () => {
  await withBrowser(async ({ page }) => {
    await openWorkspace(page);
    await addApplicant(page, '已保存的人');
    await page.getByTestId('editor-done').click();
    await page.evaluate(() => {
      let n = 0;
      for (const size of [256 * 1024, 1024]) {
        const chunk = 'x'.repeat(size);
        try { for (;;) localStorage.setItem(`filler.${n++}`, chunk); } catch {}
      }
    });
    const before = await page.evaluate(() => localStorage.getItem('pingshen'));
    await addApplicant(page, '存不下的人'.repeat(200));
    assert.match(await page.getByTestId('storage-notice').innerText(), /已满/);
    assert.equal(await page.getByTestId('applicant-row').count(), 2, 'shown from memory');
    assert.equal(await page.evaluate(() => localStorage.getItem('pingshen')), before, 'old value intact');
    // Once there is room again, the next change saves everything, the unsaved applicant included.
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
    await page.getByTestId('applicant-row').first().locator('..').getByTestId('duplicate').click();
    assert.equal(await page.getByTestId('storage-notice').count(), 0);
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('pingshen')));
    assert.equal(saved.applicants.length, 3);
  });
});

test('no accessibility violations on the workspace page', async () => {
  await withBrowser(async ({ page }) => {
    await openWorkspace(page);
    await addApplicant(page, '测试');
    const results = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  });
});
