// Benchmark (not part of CI): the release site served as a static host
// serves it (precompressed brotli/gzip), measured with Lighthouse (mobile
// emulation) against a static HTML page with the same visible content, and
// the time a tab switch takes (no page load).
//   bash scripts/bench.sh
import { createServer } from 'node:http';
import { readFile, writeFile, readdir, mkdir, rm, cp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const SITE = process.argv[2] ?? 'target/bench-site';
const OUT = 'target/bench';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

// 1. Precompress every text asset, as a static host would.
for (const name of await readdir(SITE)) {
  if (!/\.(html|js|wasm|css|svg|webmanifest)$/.test(name)) continue;
  const bytes = await readFile(join(SITE, name));
  await writeFile(join(SITE, `${name}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  await writeFile(join(SITE, `${name}.gz`), gzipSync(bytes, { level: 9 }));
}

// 2. Serve with Content-Encoding negotiation and long caching for hashed files.
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^[/\\]+/, '');
  const file = path === '' || !extname(path) ? 'index.html' : path;
  const full = join(SITE, file);
  if (!existsSync(full)) { res.writeHead(404); return res.end(); }
  const accept = req.headers['accept-encoding'] ?? '';
  const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', vary: 'accept-encoding' };
  headers['cache-control'] = /-[0-9a-f]{16}/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
  let body = full;
  if (accept.includes('br') && existsSync(`${full}.br`)) { body = `${full}.br`; headers['content-encoding'] = 'br'; }
  else if (accept.includes('gzip') && existsSync(`${full}.gz`)) { body = `${full}.gz`; headers['content-encoding'] = 'gzip'; }
  res.writeHead(200, headers);
  res.end(await readFile(body));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

// 3. The floors: each page as rendered, saved as static HTML and CSS only.
const PAGES = [
  ['calculator', '?posted=2024-09-27&days=5'],
  ['timeline', '?unit=city'],
  ['eligibility', '?page=eligibility'],
  ['workspace', '?page=workspace'],
  ['documents', '?page=documents'],
  ['years', '?page=years'],
];
// BENCH_PAGES=calculator,workspace measures only those.
if (process.env.BENCH_PAGES) {
  const only = process.env.BENCH_PAGES.split(',');
  PAGES.splice(0, PAGES.length, ...PAGES.filter(([name]) => only.includes(name)));
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS.slice(1) });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
for (const [name, query] of PAGES) {
  await page.goto(`${base}/${query}`);
  await page.locator('.tabs__tab[aria-current="page"]').waitFor();
  await page.waitForTimeout(300);
  const html = (await page.content())
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(modulepreload|preload|manifest)"[^>]*>/g, '');
  await writeFile(join(SITE, `static-floor-${name}.html`), html);
  await writeFile(join(SITE, `static-floor-${name}.html.br`), brotliCompressSync(Buffer.from(html)));
}

// 3b. Tab switches (one binary, no page load): from the click to the frame
// after the new page's tab is marked current, median of 5 rounds each.
await page.goto(`${base}/?posted=2024-09-27&days=5`);
await page.locator('.tabs__tab[aria-current="page"]').waitFor();
const switches = {};
for (let round = 0; round < 5; round += 1) {
  for (const label of ['时间安排', '资格自查', '单位总览', '年度数据', '公示计算']) {
    const took = await page.evaluate(async (label) => {
      const link = [...document.querySelectorAll('.tabs__tab')].find((a) => a.textContent === label);
      const start = performance.now();
      link.click();
      while (link.getAttribute('aria-current') !== 'page') await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      return performance.now() - start;
    }, label);
    (switches[label] ??= []).push(took);
  }
}
const tabLines = Object.entries(switches).map(([label, times]) => {
  times.sort((a, b) => a - b);
  return `  to ${label}: ${times[2].toFixed(0)} ms`;
});
console.log(`tab switch (click to the next frame, median of 5):\n${tabLines.join('\n')}`);
await browser.close();

// 4. Lighthouse, mobile emulation (its default), for each page and its floor.
await mkdir(OUT, { recursive: true });
// Asynchronous: this process also serves the pages Lighthouse loads.
const run = async (url, name) => {
  const out = join(OUT, `${name}.json`);
  await promisify(execFile)('npx', ['--yes', 'lighthouse@12.2.3', url, '--output=json', `--output-path=${out}`, '--max-wait-for-load=45000',
    `--chrome-flags=${FLAGS.join(' ')}`, '--only-categories=performance,accessibility,best-practices'],
    { timeout: 240_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
  return readFile(out, 'utf8').then(JSON.parse);
};
const ms = (r, id) => Math.round(r.audits[id].numericValue);
const row = (name, r) => [name, ...['performance', 'accessibility', 'best-practices'].map((c) => Math.round(r.categories[c].score * 100)),
  ms(r, 'largest-contentful-paint'), ms(r, 'total-blocking-time'), r.audits['cumulative-layout-shift'].numericValue.toFixed(3),
  (r.audits['total-byte-weight'].numericValue / 1024).toFixed(1)];
// Lighthouse's simulated timings vary from run to run: each figure is the
// median run (by LCP) of RUNS (default 3).
const RUNS = Number(process.env.RUNS ?? 3);
const median = async (url, name) => {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await run(url, `${name}-${i + 1}`));
  runs.sort((a, b) => ms(a, 'largest-contentful-paint') - ms(b, 'largest-contentful-paint'));
  return runs[Math.floor(runs.length / 2)];
};
const lines = [['page', 'perf', 'a11y', 'best', 'LCP ms', 'TBT ms', 'CLS', 'transfer KB', 'LCP / floor'].join('\t')];
for (const [name, query] of PAGES) {
  const app = await median(`${base}/${query}`, name);
  const floor = await median(`${base}/static-floor-${name}.html`, `${name}-floor`);
  const ratio = ms(app, 'largest-contentful-paint') / ms(floor, 'largest-contentful-paint');
  lines.push([...row(name, app), ratio.toFixed(2)].join('\t'));
  lines.push([...row(`  static floor`, floor), ''].join('\t'));
}
server.close();
console.log('\n' + lines.join('\n'));
console.log(`median of ${RUNS} Lighthouse runs each; targets: perf >= 95, a11y 100, best practices 100, LCP / floor <= 1.30`);
