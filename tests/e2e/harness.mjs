// Shared set-up for the end-to-end tests: a static server for the release
// build (as a static host serves it) and Debian's Chromium via playwright-core.
// What a person does and reads on each page is in ./pages/ (page objects,
// with the retrying expectText); the tests use those, not raw selectors.
import { createServer } from 'node:http';
import { readFile, mkdtemp, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, extname, normalize } from 'node:path';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const SITE_DIR = process.env.SITE_DIR ?? 'target/site';
export const ARTIFACTS = 'tests/e2e/artifacts';
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/**
 * Serves SITE_DIR on 127.0.0.1 at a free port; paths without a file are the page.
 * `answer(req, res, path)`, if given, answers a request itself by returning
 * true (say, a newer build, or a page that never comes).
 */
export async function startServer({ answer } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (answer && (await answer(req, res, path))) return;
    const rel = normalize(path).replace(/^([/\\])+/, '');
    const file = rel === '' || !extname(rel) ? 'index.html' : rel;
    try {
      const body = await readFile(join(SITE_DIR, file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A day inside the 2024 round (its windows are Aug 1–2 and Aug 7–9), China time. */
export const IN_2024_ROUND = '2024-07-20T10:00:00+08:00';
/** The evening of the 2024 round's last window day, and the morning after (China time). */
export const LAST_WINDOW_EVENING_2024 = '2024-08-09T23:30:00+08:00';
export const MORNING_AFTER_2024 = '2024-08-10T00:30:00+08:00';
/** After the 2024 round's windows closed: the 2025 round is in force. */
export const AFTER_2024_ROUND = '2024-08-20T10:00:00+08:00';
/** The date the round-in-force work was done on (2027 round, projected). */
export const DECEMBER_2026 = '2026-12-01T10:00:00+08:00';

/**
 * A fresh browser profile (so fresh localStorage) at the given size.
 * `now` fixes the browser's clock (an ISO instant; the app reads China
 * time from it); `null` leaves the real clock. `userAgent` stands in for
 * another browser's (e.g. WeChat's). By default the clock stands
 * inside the 2024 round, the only one with a published notice, so that a
 * test's dates mean the same on any day it runs.
 * Collects page errors and console errors so tests can assert there were none.
 */
export async function openBrowser({ viewport = PHONE, timezoneId, now = IN_2024_ROUND, userAgent } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'pingshen-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport,
    locale: 'zh-CN',
    timezoneId,
    userAgent,
  });
  if (now !== null) await context.clock.setFixedTime(new Date(now));
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The `datetime` of the `<time data-testid=…>`. */
export async function dateOf(page, testid) {
  return page.getByTestId(testid).getAttribute('datetime');
}

export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * Starts the site's server before a test file's tests and stops it after;
 * `server.url` is set once it listens.
 */
export function serveSite(options) {
  const server = { url: '' };
  let running;
  before(async () => {
    running = await startServer(options);
    server.url = running.url;
  });
  after(async () => {
    await running.close();
  });
  return server;
}

/** Runs `body` with a fresh browser, then checks nothing threw or logged an error. */
export async function withBrowser(body, options = {}) {
  const browser = await openBrowser(options);
  try {
    await body(browser);
    assert.deepEqual(browser.problems, [], 'no page or console errors (CSP violations included)');
  } finally {
    await browser.close();
  }
}
