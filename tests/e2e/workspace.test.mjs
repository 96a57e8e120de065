// The unit workspace: applicants, the overview, two tabs, export and import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { withBrowser, serveSite, screenshot } from './harness.mjs';
import { expectText, expectValue } from './pages/app.mjs';
import { WorkspacePage } from './pages/workspace.mjs';
import { TimelinePage } from './pages/timeline.mjs';

const server = serveSite();


const workspace = (page) => new WorkspacePage(page, server.url);

test('three applicants added by hand survive a reload; names stay text', async () => {
  await withBrowser(async ({ page }) => {
    // A city bureau's timeline, so the overview knows the deadlines.
    await new TimelinePage(page, server.url).open('?unit=city');
    const ws = await workspace(page).open();
    await ws.addApplicant('张三');
    await ws.chooseLevel('高级工程师');
    await ws.postedOn('2024-07-24');
    await ws.done();
    await ws.addApplicant('李四');
    await ws.done();
    await ws.addApplicant('<img src=x onerror="window.__xss=1">王五');
    await ws.done();
    // An empty name is refused.
    await ws.pressAdd();
    await expectText(ws.nameError(), /姓名/);
    await expectValue('the summary total', () => ws.total(), '3');
    await ws.reload();
    await ws.rows().first().waitFor();
    assert.deepEqual((await ws.names()).sort(), ['<img src=x onerror="window.__xss=1">王五', '张三', '李四'].sort());
    assert.equal(await page.locator('img').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    const zhang = ws.row('张三');
    // Posted 2024-07-24: on 2024-08-02 the publicity (to 07-31) has ended.
    assert.equal(await zhang.getAttribute('data-status'), 'ended');
    await expectText(zhang.getByTestId('row-publicity'), /7月31日/);
    await screenshot(page, 'workspace-phone');
  }, { now: '2024-08-02T10:00:00+08:00' });
});

test('delete asks first and can be undone', async () => {
  await withBrowser(async ({ page }) => {
    const ws = await workspace(page).open();
    await ws.addApplicant('赵六');
    await ws.done();
    await ws.delete('赵六');
    assert.equal(await ws.rows().count(), 1, 'nothing deleted before confirming');
    await ws.confirmDelete();
    await expectValue('the rows after confirming', () => ws.rows().count(), 0);
    await ws.undoDelete();
    await expectValue('the names after undo', () => ws.names(), ['赵六']);
    // Duplicate makes an independent copy.
    await ws.duplicate('赵六');
    await ws.done();
    await expectValue('the names after duplicating', async () => (await ws.names()).sort(), ['赵六', '赵六（副本）'].sort());
  });
});

test('two tabs edit different applicants and both edits survive', async () => {
  await withBrowser(async ({ context, page }) => {
    const one = await workspace(page).open('?page=workspace&round=2024&today=2024-07-20');
    await one.addApplicant('甲');
    await one.done();
    await one.addApplicant('乙');
    await one.done();
    const two = await workspace(await context.newPage()).open();
    // Tab 1 edits 甲, tab 2 edits 乙 and adds 丙, each without reloading.
    await one.edit('甲');
    await one.writeNote('第一页的备注');
    const address = page.url();
    const before = await one.row('乙').innerText();
    await two.edit('乙');
    await two.chooseLevel('工程师');
    await two.done();
    await two.addApplicant('丙来自第二页');
    // Tab 1 sees tab 2's changes through the storage event, without a reload:
    // a name only tab 2 typed, and 乙's row as tab 2 shows it.
    await one.row('丙来自第二页').waitFor();
    const after = await two.row('乙').innerText();
    assert.notEqual(after, before, "tab 2's edit changes 乙's row");
    await expectValue("乙's row in tab 1", () => one.row('乙').innerText(), after);
    assert.equal(await one.total(), '3');
    // What tab 1 showed otherwise stays: its address (round, today) and its open editor.
    assert.equal(page.url(), address);
    assert.equal((await one.round()).year, '2024');
    assert.equal(await one.editorTitle(), '编辑：甲');
    assert.equal(await one.noteValue(), '第一页的备注');
    const stored = JSON.parse(await one.stored());
    const byName = Object.fromEntries(stored.applicants.map((a) => [a.name, a]));
    assert.equal(byName['甲'].notes, '第一页的备注');
    assert.equal(byName['乙'].applicant.target, 'engineer');
    assert.ok(byName['丙来自第二页']);
    await two.page.close();
  });
});

test('export, clear, import brings everything back; a broken file changes nothing', async () => {
  await withBrowser(async ({ page }) => {
    const ws = await workspace(page).open();
    for (const name of ['一号', '二号, "带引号"', '三号\n换行']) {
      await ws.addApplicant(name.replace('\n', ' '));
      await ws.done();
    }
    const exported = await ws.exportFile();
    const doc = JSON.parse(exported);
    assert.equal(doc.format, 'pingshen-export');
    assert.equal(doc.data.applicants.length, 3);
    assert.ok(exported.includes('\n  '), 'pretty-printed');

    // Broken files: nothing changes.
    const before = await ws.stored();
    for (const [name, body] of [
      ['junk.json', 'not json at all'],
      ['truncated.json', exported.slice(0, exported.length / 2)],
      ['future.json', JSON.stringify({ ...doc, schema: 99 })],
      ['other.json', JSON.stringify({ hello: 'world' })],
    ]) {
      await ws.importFile(name, body);
      await ws.expectImportMessage('未导入');
      assert.equal(await ws.stored(), before, name);
    }
    // Just over the 10 MB limit: refused before it is read.
    await ws.importFile('big.json', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
    await ws.expectImportMessage('太大');
    assert.equal(await ws.stored(), before);

    // Clear everything, import the export (replace), all back.
    await page.evaluate(() => localStorage.clear());
    await ws.open();
    assert.equal(await ws.rows().count(), 0);
    await ws.importFile('backup.json', exported);
    await ws.expectImportPreview(/新增 3 人/);
    await ws.confirmReplace();
    await expectValue('the rows after importing', () => ws.rows().count(), 3);
    const reexported = await ws.exportFile();
    const strip = (t) => t.replace(/"exported_at": "[^"]*"/, '');
    assert.equal(strip(reexported), strip(exported), 'byte-identical apart from the export time');
  });
});

test('500 applicants render and filter (figures logged, not asserted)', async () => {
  await withBrowser(async ({ page }) => {
    const ws = await workspace(page).open();
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
    await ws.reload();
    await ws.rows().nth(499).waitFor();
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
    const shown = await ws.rows().count();
    assert.ok(shown > 100 && shown < 200, `filtered to one level: ${shown}`);
    console.log(`# 500 applicants: reload to last row ${loadMs} ms; level filter re-render ${filterMs.toFixed(1)} ms`);
  });
});

test('a full storage quota is reported and the in-memory state keeps working', async () => {
  await withBrowser(async ({ page }) => {
    const ws = await workspace(page).open();
    await ws.addApplicant('已保存的人');
    await ws.done();
    await page.evaluate(() => {
      let n = 0;
      for (const size of [256 * 1024, 1024]) {
        const chunk = 'x'.repeat(size);
        try { for (;;) localStorage.setItem(`filler.${n++}`, chunk); } catch {}
      }
    });
    const before = await ws.stored();
    await ws.addApplicant('存不下的人'.repeat(200));
    await expectText(ws.storageNotice(), /已满/);
    assert.equal(await ws.rows().count(), 2, 'shown from memory');
    assert.equal(await ws.stored(), before, 'old value intact');
    // Once there is room again, the next change saves everything, the unsaved applicant included.
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
    await ws.duplicate('已保存的人');
    await expectValue('the storage notices', () => ws.storageNotice().count(), 0);
    const saved = JSON.parse(await ws.stored());
    assert.equal(saved.applicants.length, 3);
  });
});

test('no accessibility violations on the workspace page', async () => {
  await withBrowser(async ({ page }) => {
    const ws = await workspace(page).open();
    await ws.addApplicant('测试');
    const results = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  });
});
