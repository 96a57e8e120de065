// Writes static/first-answers.html: the empty-storage first screen of
// 单位总览, 材料文书, 年度数据 and the 资格自查 form, as the app renders it,
// for scripts/post-build.mjs to put into the page. A first visit then shows
// it before the wasm arrives and the app takes over without moving anything
// (issue 22). Nothing here is written by hand: it is the app's own markup,
// captured from a release build, with
//   - the round note left as a one-line blank (the round is the app's to
//     say: it rests on today's date and the rules);
//   - each `.round-year` emptied (the year, for the same reason; its box
//     keeps its width, style/main.css);
//   - `data-testid` renamed `data-static-testid` (tests and the loader's
//     carry-over of what was typed find the app's elements, never these);
//   - Leptos' comment markers removed.
// tests/e2e/static-answer.test.mjs fails when this file is not what the
// app renders: rebuild, run this, rebuild.
//   node scripts/capture-static.mjs target/site
import { createServer } from 'node:http';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { chromium } from 'playwright-core';

const SITE = process.argv[2] ?? 'target/site';
const OUT = 'static/first-answers.html';
// Each page and the element its first card must hold.
export const STATIC_PAGES = [
  { page: 'workspace', answer: 'new-applicant' },
  { page: 'documents', answer: 'docs-missing' },
  { page: 'years', answer: 'holiday-year' },
  { page: 'eligibility', answer: 'civil-no' },
];
// Any day: what is captured never depends on it (the test checks other days).
const DAY = '2026-12-06T10:00:00+08:00';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  try {
    const body = await readFile(join(SITE, path === '/' ? 'index.html' : path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.on('listening', resolve));
const url = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'] });
const blocks = [];
try {
  for (const { page: name, answer } of STATIC_PAGES) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(DAY));
    await page.goto(`${url}/?page=${name}`);
    await page.locator(`#app [data-testid="${answer}"]`).first().waitFor();
    const card = await page.evaluate(() => {
      const first = document.querySelector('#app > section.card');
      const copy = first.cloneNode(true);
      for (const year of copy.querySelectorAll('.round-year')) year.textContent = '';
      for (const el of copy.querySelectorAll('[data-testid]')) {
        el.setAttribute('data-static-testid', el.getAttribute('data-testid'));
        el.removeAttribute('data-testid');
      }
      return copy.outerHTML.replace(/<!---->/g, '');
    });
    if (!card.includes(`data-static-testid="${answer}"`)) throw new Error(`${name}: the first card does not hold ${answer}`);
    blocks.push(
      `<div class="static-answer" data-static="${name}">\n` +
        // The round note's box, one line (the app fills it).
        '<div class="round-note round-note--pending" aria-hidden="true"><div class="round-note__details"><div class="round-note__summary"></div></div></div>\n' +
        `${card}\n</div>`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const ids = blocks.join('\n').match(/\sid="[^"]+"/g) ?? [];
const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
if (repeated.length) throw new Error(`ids repeated across the static pages: ${repeated.join(', ')}`);
await mkdir('static', { recursive: true });
await writeFile(
  OUT,
  '<!-- Written by scripts/capture-static.mjs from the app: do not edit by hand. -->\n' + blocks.join('\n') + '\n',
);
console.log(`capture-static: ${OUT}, ${STATIC_PAGES.map((p) => p.page).join(', ')}`);
