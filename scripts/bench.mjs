// Benchmark (not part of CI): the release site served as a static host
// serves it (precompressed brotli/gzip), measured against the budgets of the
// issue. Every figure is measured and printed, never asserted.
//   bash scripts/bench.sh                      (build, size report, all of it)
//   node scripts/bench.mjs target/bench-site   (an existing build)
//
// The cheap-phone profile (Chrome DevTools Protocol): 150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower, a 390 × 844 viewport. The
// network conditions are set on the page and on its service worker (the
// worker's own fetches, e.g. the page it fetches network-first, are not the
// page's and would otherwise go unthrottled).
//
// 1. Time to the answer: from the start of the navigation to the frame after
//    the page's answer element (the static first screen's copy, or the app's)
//    is visible, and to interactive (the app's own element visible) (polled each frame by an init
//    script; the time is taken in the page, just after that frame), for the
//    app and for its static floor (the page as rendered, scripts removed:
//    the same answer in the HTML). Cold: a fresh browser context (empty
//    cache, no service worker). Warm: in the same context, once the first
//    load finished and the service worker controls the page, a second
//    navigation (via about:blank) to the same address.
// 2. Tab switch: from the click on a tab to the frame after the new page's
//    answer element is visible (one binary, no page load), same profile.
// 3. A unit with 500 applicants (a valid stored document seeded into
//    localStorage): a level filter change from the input event to the frame
//    after the rows are in the DOM, against plain DOM code building the same
//    rows (their markup, cloned via createElement/innerHTML) in the same page;
//    and a reload to the last applicant row visible, against a reload with
//    no applicants to the empty state. Same profile.
// 4. Lighthouse (mobile emulation, its default) for each page and its floor.
//
// Environment: RUNS (default 5) runs per figure, the median printed;
// BENCH_PAGES=calculator,workspace measures only those pages;
// BENCH_LIGHTHOUSE=0 skips Lighthouse (it needs the npm registry once, for
// lighthouse@12.2.3); LIGHTHOUSE_RUNS (default RUNS, else 3) runs per
// Lighthouse figure; BENCH_DEBUG=1 prints each page load's timings.
import { createServer } from 'node:http';
import { readFile, writeFile, readdir, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { unitDocument, LEVEL_FILTERED } from './bench-unit.mjs';

const SITE = process.argv[2] ?? 'target/bench-site';
const OUT = 'target/bench';
const RUNS = Math.max(1, Number(process.env.RUNS ?? 5));
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
const DEBUG = process.env.BENCH_DEBUG === '1';
const APPLICANTS = 500;
const PHONE = { width: 390, height: 844 };
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CPU_RATE = 4;
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
const served = new Set(); // the encodings the pages and scripts went out in
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
  if (/\.(html|js|wasm)$/.test(file)) served.add(headers['content-encoding'] ?? 'identity');
  res.writeHead(200, headers);
  res.end(await readFile(body));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

// Each page: its address (issue 22's table), its answer (the element that
// holds what the page is for, or its first input; src/ui/*.rs), its tab
// (the documents page has none) and its cold-visit target against the
// floor. The answer counts where the page shows it first: the static empty
// state before the app (`data-static-testid`, static/first-answers.html)
// or the app's own; the page responds to input once the app's is there.
const shownAs = (id) => `[data-testid=${id}], [data-static-testid=${id}]`;
const appsOwn = (id) => `[data-testid=${id}]`;
const PAGES = [
  ['calculator', '?posted=2026-12-07', 'publicity-end', '公示计算', 2.5],
  ['timeline', '?unit=provincial', 'post-by', '时间安排', 2.5],
  ['eligibility', '?page=eligibility', 'civil-no', '资格自查', 1.6],
  ['workspace', '?page=workspace', 'new-applicant', '单位总览', 1.6],
  ['documents', '?page=documents', 'docs-missing', null, 1.6],
  ['years', '?page=years', 'holiday-year', '年度数据', 1.6],
].map(([name, query, id, tab, target]) => [name, query, shownAs(id), tab, target, appsOwn(id)]);
const ALL_PAGES = [...PAGES];
// BENCH_PAGES=calculator,workspace measures only those.
if (process.env.BENCH_PAGES) {
  const only = process.env.BENCH_PAGES.split(',');
  PAGES.splice(0, PAGES.length, ...PAGES.filter(([name]) => only.includes(name)));
}

// ---------------------------------------------------------------------------
// Measuring in the page
// ---------------------------------------------------------------------------

/**
 * Init script of every measuring context: `window.__bench.painted(check)`
 * resolves with `performance.now()` just after the first frame in which
 * `check()` holds is painted (checked in requestAnimationFrame, the time
 * taken in a task posted from it, which runs after that frame's paint).
 * With `watch` ({selector, count}), it watches the page from the start of
 * its navigation (performance.now() = 0) until `count` elements match and
 * the last one is visible, and sets `window.__benchAt`.
 */
function benchInit(watch) {
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const shown = (selector, count = 1) => {
    const all = document.querySelectorAll(selector);
    return all.length >= count && visible(all[all.length - 1]);
  };
  const painted = (check) => new Promise((resolve) => {
    const tick = () => {
      if (!check()) { requestAnimationFrame(tick); return; }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(tick);
  });
  window.__bench = { visible, shown, painted };
  if (watch && location.protocol.startsWith('http')) {
    painted(() => shown(watch.selector, watch.count)).then((t) => { window.__benchAt = t; });
    // The app's own element: the page responds to input (a static floor
    // page has none of the app: it is as interactive as it is shown).
    if (watch.interactive) painted(() => shown(watch.interactive)).then((t) => { window.__benchReady = t; });
  }
}

/** The network conditions on every service worker, as soon as one starts. */
async function throttleServiceWorkers(browser) {
  const session = await browser.newBrowserCDPSession();
  let next = 0;
  const replies = new Map();
  const workers = new Map(); // targetId -> { contextId, done: Promise<boolean> }
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const m = JSON.parse(message);
    replies.get(m.id)?.(m);
    replies.delete(m.id);
  });
  // Playwright's public session is not flat: commands to the worker travel
  // inside Target.sendMessageToTarget.
  const call = (sessionId, method, params = {}) => new Promise((resolve, reject) => {
    next += 1;
    const id = next;
    const timer = setTimeout(() => { replies.delete(id); reject(new Error(`${method}: no answer`)); }, 10_000);
    replies.set(id, (m) => { clearTimeout(timer); m.error ? reject(new Error(m.error.message)) : resolve(m.result); });
    session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
  });
  const attach = async (targetId) => {
    try {
      const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
      await call(sessionId, 'Network.enable');
      await call(sessionId, 'Network.emulateNetworkConditions', NETWORK);
      return true;
    } catch {
      return false; // e.g. its context was closed meanwhile
    }
  };
  session.on('Target.targetCreated', ({ targetInfo: { targetId, type, browserContextId } }) => {
    if (type === 'service_worker' && !workers.has(targetId)) workers.set(targetId, { contextId: browserContextId, done: attach(targetId) });
  });
  await session.send('Target.setDiscoverTargets', { discover: true });
  return {
    /** Whether a throttled worker serves the context (once it is attached). */
    async covers(contextId) {
      const mine = [...workers.values()].filter((w) => w.contextId === contextId);
      return (await Promise.all(mine.map((w) => w.done))).some(Boolean);
    },
  };
}


/** A fresh context (empty cache, no service worker) with the phone profile. */
async function phone(browser, { watch = null, throttle = true } = {}) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
  await context.addInitScript(benchInit, watch);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { targetInfo } = await cdp.send('Target.getTargetInfo');
  const throttleNow = async () => {
    if (!throttle) return;
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  };
  await throttleNow();
  return { context, page, contextId: targetInfo.browserContextId, throttle: throttleNow, interactive: Boolean(watch?.interactive), close: () => context.close() };
}

/** Navigates (or reloads) and returns the watched element's time (ms from the navigation's start). */
async function timeLoad(s, url) {
  await s.throttle(); // again: a navigation may change the renderer
  if (url) await s.page.goto(url, { waitUntil: 'commit', timeout: 180_000 });
  else await s.page.reload({ waitUntil: 'commit', timeout: 180_000 });
  const at = await (await s.page.waitForFunction(() => window.__benchAt, undefined, { polling: 200, timeout: 180_000 })).jsonValue();
  const ready = s.interactive
    ? await (await s.page.waitForFunction(() => window.__benchReady, undefined, { polling: 200, timeout: 180_000 })).jsonValue()
    : at;
  if (DEBUG) {
    const t = await s.page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { type: n.type, worker: n.workerStart > 0, responseEnd: n.responseEnd, fcp: fcp?.startTime };
    });
    console.log(`  ${url ?? 'reload'}: ${t.type}${t.worker ? ' (service worker)' : ''}, html ${Math.round(t.responseEnd)} ms, `
      + `first contentful paint ${Math.round(t.fcp ?? NaN)} ms, answer ${Math.round(at)} ms, interactive ${Math.round(ready)} ms`);
  }
  return { at, ready };
}

/** Waits until the load finished and, for the app, the service worker controls the page and is throttled. */
async function settle(s, { app }) {
  await s.page.waitForLoadState('load', { timeout: 180_000 });
  if (!app) return;
  await s.page.waitForFunction(() => navigator.serviceWorker?.controller, undefined, { polling: 200, timeout: 120_000 });
  if (!(await swThrottle.covers(s.contextId))) throw new Error('the service worker of the page is not throttled');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x) => `${Math.round(x)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
/** A figure as printed, and whether that figure meets its target (never asserted). */
const against = (_value, target, text) => `${text} ${parseFloat(text) <= target ? 'ok' : 'over'}`;
/** Plain-text table: columns padded to their widest cell (CJK counted double). */
const width = (s) => [...String(s)].reduce((n, c) => n + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows.map((r) => r.map((c, i) => {
    const pad = ' '.repeat(widths[i] - width(c ?? ''));
    return i === 0 ? `${c}${pad}` : `${pad}${c}`;
  }).join('  ').trimEnd()).join('\n');
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS.slice(1) });
// Every service worker gets the phone's network (the floors are captured
// unthrottled, but their page does not wait on the worker).
const swThrottle = await throttleServiceWorkers(browser);
const report = [];
const say = (text) => { console.log(text); report.push(text); };
say(`Profile: ${NETWORK.latency} ms RTT, ${(NETWORK.downloadThroughput * 8 / 1e6).toFixed(1)} Mbit/s down, `
  + `${NETWORK.uploadThroughput * 8 / 1e3} kbit/s up, CPU ${CPU_RATE}× slower, ${PHONE.width}×${PHONE.height}; `
  + `median of ${RUNS} runs; ${new Date().toISOString()}`);

// 3. The floors: each page as rendered in a fresh context (as a cold visit
// sees it), saved as static HTML and CSS only. Unthrottled.
for (const [name, query, , , , own] of PAGES) {
  const s = await phone(browser, { throttle: false });
  await s.page.goto(`${base}/${query}`);
  await s.page.locator(own).first().waitFor({ timeout: 60_000 });
  await s.page.waitForTimeout(300);
  const html = (await s.page.content())
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(modulepreload|preload|manifest)"[^>]*>/g, '');
  await writeFile(join(SITE, `static-floor-${name}.html`), html);
  await writeFile(join(SITE, `static-floor-${name}.html.br`), brotliCompressSync(Buffer.from(html), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  await writeFile(join(SITE, `static-floor-${name}.html.gz`), gzipSync(Buffer.from(html), { level: 9 }));
  await s.close();
}

// The profile's CPU slowdown as the page sees it (after a navigation).
{
  const work = () => { const t = performance.now(); let x = 0; for (let i = 0; i < 1e7; i += 1) x += Math.sqrt(i); return [performance.now() - t, x]; };
  const fast = await phone(browser, { throttle: false });
  const slow = await phone(browser);
  await fast.page.goto(`${base}/static-floor-${PAGES[0][0]}.html`);
  await slow.page.goto(`${base}/static-floor-${PAGES[0][0]}.html`);
  const times = async (s) => { const t = []; for (let i = 0; i < 3; i += 1) t.push((await s.page.evaluate(work))[0]); return median(t); };
  const [f, w] = [await times(fast), await times(slow)];
  say(`CPU check: a fixed loop takes ${f.toFixed(1)} ms unthrottled, ${w.toFixed(1)} ms throttled (${(w / f).toFixed(1)}×; the profile asks ${CPU_RATE}×)`);
  await fast.close();
  await slow.close();
}

// 3a. Time to the answer, cold and warm, app and floor, runs interleaved.
const loads = {};
served.clear();
for (let run = 0; run < RUNS; run += 1) {
  for (const [name, query, answer, , , own] of PAGES) {
    for (const [kind, url] of [['app', `${base}/${query}`], ['floor', `${base}/static-floor-${name}.html`]]) {
      const s = await phone(browser, { watch: { selector: answer, interactive: kind === 'app' ? own : null } });
      try {
        const cold = await timeLoad(s, url);
        await settle(s, { app: kind === 'app' });
        await s.page.goto('about:blank');
        const warm = await timeLoad(s, url);
        const r = (loads[name] ??= { app: { cold: [], warm: [], coldReady: [], warmReady: [] }, floor: { cold: [], warm: [], coldReady: [], warmReady: [] } });
        r[kind].cold.push(cold.at);
        r[kind].warm.push(warm.at);
        r[kind].coldReady.push(cold.ready);
        r[kind].warmReady.push(warm.ready);
      } finally {
        await s.close();
      }
    }
  }
}
const loadRows = [['page', 'app cold', 'interactive', 'floor cold', 'ratio (target)', 'app warm', 'interactive', 'floor warm', 'ratio (target ≤ 1.30×)']];
for (const [name, , , , target] of PAGES) {
  const m = (kind, when) => median(loads[name][kind][when]);
  const [cold, warm] = [m('app', 'cold') / m('floor', 'cold'), m('app', 'warm') / m('floor', 'warm')];
  loadRows.push([name, fmt(m('app', 'cold')), fmt(m('app', 'coldReady')), fmt(m('floor', 'cold')),
    `${against(cold, target, ratio(m('app', 'cold'), m('floor', 'cold')))} (≤ ${target.toFixed(1)}×)`,
    fmt(m('app', 'warm')), fmt(m('app', 'warmReady')), fmt(m('floor', 'warm')), against(warm, 1.3, ratio(m('app', 'warm'), m('floor', 'warm')))]);
}
say(`\nTime to the answer (navigation start to the frame after the answer element is visible: the static empty state or the app's)`);
say(`and to interactive (the app's own element visible: the page responds to input), median of ${RUNS}:`);
say(table(loadRows));
say(`(pages and scripts went out ${[...served].join(', ')}-encoded)`);

// 3b. Tab switches (one binary, no page load): from the click to the frame
// after the new page's answer element is visible.
{
  const s = await phone(browser);
  const answerOf = Object.fromEntries(ALL_PAGES.map(([name, , , , , own]) => [name, own]));
  // The timeline's unit, stored as a user would have chosen it.
  await s.page.goto(`${base}/?unit=provincial`);
  await s.page.locator(answerOf.timeline).waitFor({ timeout: 180_000 });
  await s.page.goto(`${base}/?posted=2026-12-07`);
  await s.page.locator(answerOf.calculator).waitFor({ timeout: 180_000 });
  await settle(s, { app: true });
  const tabs = ALL_PAGES.filter(([, , , tab]) => tab);
  // Round the tabs starting from the calculator's neighbour, back to the calculator.
  const order = [...tabs.slice(1), tabs[0]];
  const switches = {};
  for (let round = 0; round < RUNS; round += 1) {
    for (const [name, , , label, , answer] of order) {
      const took = await s.page.evaluate(async ({ label, answer }) => {
        const link = [...document.querySelectorAll('.tabs__tab')].find((a) => a.textContent.trim() === label);
        const before = new Set(document.querySelectorAll(answer));
        const { painted, visible } = window.__bench;
        const start = performance.now();
        link.click();
        const at = await painted(() => [...document.querySelectorAll(answer)].some((el) => !before.has(el) && visible(el)));
        return at - start;
      }, { label, answer });
      (switches[name] ??= { label, times: [] }).times.push(took);
      await s.page.waitForTimeout(200);
    }
  }
  await s.close();
  const rows = [['to page', 'tab', 'median (target ≤ 100 ms)', 'min', 'max']];
  for (const [name, { label, times }] of Object.entries(switches)) {
    rows.push([name, label, against(median(times), 100, fmt(median(times))), fmt(Math.min(...times)), fmt(Math.max(...times))]);
  }
  say(`\nTab switch (click to the frame after the new page's answer element is visible), median of ${RUNS}:`);
  say(table(rows));
}

// 3c. A unit with 500 applicants.
{
  const doc = unitDocument(APPLICANTS);
  const filtered = doc.applicants.filter((a) => a.applicant.target === LEVEL_FILTERED).length;
  const rowSel = '[data-testid=applicant-list] [data-testid=applicant-row]';
  const s = await phone(browser, { watch: { selector: rowSel, count: APPLICANTS } });
  await s.page.goto(`${base}/?page=workspace`);
  await s.page.getByTestId('empty').waitFor({ timeout: 180_000 });
  await s.page.evaluate((text) => localStorage.setItem('pingshen', text), JSON.stringify(doc));
  await settle(s, { app: true });
  await s.page.reload();
  await s.page.waitForFunction(() => window.__benchAt, undefined, { polling: 200, timeout: 180_000 });
  const total = await s.page.getByTestId('summary-total').innerText();
  if (Number(total) !== APPLICANTS) {
    const notes = await s.page.locator('.notice').allInnerTexts();
    throw new Error(`the app shows ${total} applicants, not ${APPLICANTS}: ${notes.join(' / ')}`);
  }

  // The level filter, there and back; plain DOM building the same rows after each.
  const setLevel = (value, expected) => s.page.evaluate(async ({ value, expected, rowSel }) => {
    const select = document.querySelector('[data-testid=filter-level]');
    const rows = () => document.querySelectorAll(rowSel).length;
    const start = performance.now();
    select.value = value;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return (await window.__bench.painted(() => rows() === expected)) - start;
  }, { value, expected, rowSel });
  const plainDom = (expected) => s.page.evaluate(async ({ expected }) => {
    const { painted } = window.__bench;
    const list = document.querySelector('[data-testid=applicant-list]');
    const items = [...list.children].map((li) => ({
      tag: li.localName, attrs: [...li.attributes].map((a) => [a.name, a.value]), html: li.innerHTML,
    }));
    if (items.length !== expected) throw new Error(`${items.length} rows shown, ${expected} expected`);
    list.style.display = 'none';
    await painted(() => true);
    const start = performance.now();
    const fresh = document.createElement(list.localName);
    fresh.className = list.className;
    for (const { tag, attrs, html } of items) {
      const el = document.createElement(tag);
      for (const [k, v] of attrs) el.setAttribute(k, v);
      el.innerHTML = html;
      fresh.append(el);
    }
    list.after(fresh);
    const at = await painted(() => fresh.querySelectorAll('[data-testid=applicant-row]').length === expected);
    fresh.remove();
    list.style.display = '';
    await painted(() => true);
    return at - start;
  }, { expected });
  const f = { narrow: [], narrowDom: [], widen: [], widenDom: [] };
  for (let run = 0; run < RUNS; run += 1) {
    await s.page.waitForTimeout(300);
    f.narrow.push(await setLevel(LEVEL_FILTERED, filtered));
    f.narrowDom.push(await plainDom(filtered));
    await s.page.waitForTimeout(300);
    f.widen.push(await setLevel('', APPLICANTS));
    f.widenDom.push(await plainDom(APPLICANTS));
  }

  // Reloads: to the last of 500 rows, and (another context) to the empty state.
  const full = [];
  for (let run = 0; run < RUNS; run += 1) full.push((await timeLoad(s, null)).at);
  await s.close();
  const e = await phone(browser, { watch: { selector: '[data-testid=empty]' } });
  await e.page.goto(`${base}/?page=workspace`);
  await e.page.waitForFunction(() => window.__benchAt, undefined, { polling: 200, timeout: 180_000 });
  await settle(e, { app: true });
  const empty = [];
  for (let run = 0; run < RUNS; run += 1) empty.push((await timeLoad(e, null)).at);
  await e.close();

  const rows = [['filter change', 'app', 'plain DOM', 'ratio (target ≤ 1.50×)']];
  for (const [what, app, dom] of [[`level ${LEVEL_FILTERED}: ${APPLICANTS} → ${filtered} rows`, f.narrow, f.narrowDom],
    [`back to all levels: ${filtered} → ${APPLICANTS} rows`, f.widen, f.widenDom]]) {
    rows.push([what, fmt(median(app)), fmt(median(dom)), against(median(app) / median(dom), 1.5, ratio(median(app), median(dom)))]);
  }
  say(`\nA unit with ${APPLICANTS} applicants (${filtered} at level ${LEVEL_FILTERED}), median of ${RUNS}:`);
  say('filter change: the input event to the frame after the rows are in the DOM; plain DOM: the same rows\' markup built');
  say('with createElement/innerHTML into a fresh list in the same page, to the frame after.');
  say(table(rows));
  say('reload (HTTP cache and service worker in place): navigation start to the frame after the answer is visible');
  say(table([['reload', `${APPLICANTS} applicants (last row)`, 'no applicants (empty state)', 'ratio'],
    ['workspace', fmt(median(full)), fmt(median(empty)), ratio(median(full), median(empty))]]));
}
await browser.close();
await mkdir(OUT, { recursive: true });

// 4. Lighthouse, mobile emulation (its default), for each page and its floor.
if (LIGHTHOUSE) {
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
  // median run (by LCP).
  const LH_RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? process.env.RUNS ?? 3));
  const medianRun = async (url, name) => {
    const runs = [];
    for (let i = 0; i < LH_RUNS; i += 1) runs.push(await run(url, `${name}-${i + 1}`));
    runs.sort((a, b) => ms(a, 'largest-contentful-paint') - ms(b, 'largest-contentful-paint'));
    return runs[Math.floor(runs.length / 2)];
  };
  const lines = [['page', 'perf', 'a11y', 'best', 'LCP ms', 'TBT ms', 'CLS', 'transfer KB', 'LCP / floor']];
  for (const [name, query] of PAGES) {
    const app = await medianRun(`${base}/${query}`, name);
    const floor = await medianRun(`${base}/static-floor-${name}.html`, `${name}-floor`);
    const r = ms(app, 'largest-contentful-paint') / ms(floor, 'largest-contentful-paint');
    lines.push([...row(name, app), r.toFixed(2)]);
    lines.push([...row('  static floor', floor), '']);
  }
  say(`\nLighthouse (mobile emulation), median run of ${LH_RUNS} by LCP:`);
  say(table(lines));
  say('targets: perf ≥ 95, a11y 100, best practices 100, LCP / floor ≤ 1.30');
} else {
  say('\nLighthouse skipped (BENCH_LIGHTHOUSE=0).');
}
server.close();
await writeFile(join(OUT, 'report.txt'), `${report.join('\n')}\n`);
console.log(`\n(also written to ${join(OUT, 'report.txt')})`);
