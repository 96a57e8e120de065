// Printing one document (src/browser/mod.rs, print_only): only it is on
// paper, also where print() returns at once (Safari), and the page is
// itself again afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, serveSite } from './harness.mjs';

const server = serveSite();

const DOC = {
  schema: 1,
  timeline: { unit: 'provincial' },
  applicants: [{
    id: 'a1', name: '张三',
    applicant: {
      civil_servant: false, in_sector: true, specialty: 'metrology', target: 'engineer', unit: 'provincial',
      education: 'bachelor', current_title: 'assistant-engineer', title_date: '2018-06-01',
    },
  }],
};

test('a document printed alone stays alone until the print is done, also where print() returns at once', async () => {
  // print() as each engine behaves: Chromium fires afterprint before it
  // returns; Safari returns at once and prints (then fires afterprint) later.
  const engines = {
    chromium: () => {
      window.print = () => {
        window.printed = document.body.getAttribute('data-print');
        dispatchEvent(new Event('afterprint'));
      };
    },
    safari: () => {
      window.print = () => {
        setTimeout(() => {
          window.printed = document.body.getAttribute('data-print');
          dispatchEvent(new Event('afterprint'));
        }, 200);
      };
    },
  };
  for (const [engine, print] of Object.entries(engines)) {
    await withBrowser(async ({ page }) => {
      await page.addInitScript(print);
      await page.goto(`${server.url}/?page=documents`);
      await page.evaluate((d) => localStorage.setItem('pingshen', JSON.stringify(d)), DOC);
      await page.reload();
      // The summary table and the file bags (the notice needs a posting day).
      for (const id of ['summary', 'bags']) {
        await page.evaluate(() => delete window.printed);
        await page.getByTestId(`print-${id}`).click();
        await page.waitForFunction(() => 'printed' in window);
        assert.equal(await page.evaluate(() => window.printed), id, `${engine}: only ${id} is printed`);
        assert.equal(await page.evaluate(() => document.body.getAttribute('data-print')), null, `${engine}: the page is itself again`);
      }
    });
  }
});
