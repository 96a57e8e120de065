// What the page says when the app cannot start (scripts/post-build.mjs
// writes the loader and the nomodule file): a browser that cannot run it is
// told so, and which browsers can; a failed download is told to retry. The
// loading card promises offline use only with a service worker, and a
// document printed alone stays alone where print() returns at once (Safari).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { withBrowser, serveSite, SITE_DIR } from './harness.mjs';

const server = serveSite();

/** What the browser message names: the browsers that work, and the way out of WeChat/QQ. */
const BROWSERS = ['Chrome', 'Edge 97', 'Safari 16', 'iOS 16', '微信', 'QQ', 'UC', '右上角「···」', '在浏览器打开'];

/** The load error shown in place of the loading card: its reason and text. */
async function loadError(page) {
  const card = page.locator('#app > [data-testid="load-error"]');
  await card.waitFor();
  assert.equal(await page.locator('#app > *').count(), 1, 'the error replaces the loading card');
  assert.equal(await page.locator('#loading-status').count(), 0);
  return { reason: await card.getAttribute('data-reason'), text: await card.innerText() };
}

function assertBrowserMessage({ reason, text }) {
  assert.equal(reason, 'browser');
  assert.match(text, /此浏览器无法运行本工具/);
  for (const words of BROWSERS) assert.ok(text.includes(words), `names ${words}: ${text}`);
  assert.ok(!text.includes('网络'), `not told to check the network: ${text}`);
}

/** Serves the page with `edit` applied to its HTML (the policy is in a <meta>). */
async function editPage(page, edit) {
  await page.route((url) => url.pathname === '/', async (route) => {
    const response = await route.fetch();
    const body = edit(await response.text());
    await route.fulfill({ response, body });
  });
}

/** Takes out of `problems` what Chromium logs for a download the test broke on purpose. */
function expectFailedDownloads(problems) {
  const rest = problems.splice(0).filter((p) => !/Failed to load resource|integrity|net::ERR_/.test(p));
  problems.push(...rest);
}

test('the binary is compiled while it downloads (instantiateStreaming with a Response), and the app starts', async () => {
  // The site, except that the wasm's second half is held back until the
  // test lets it go. Compiling while downloading means the glue hands the
  // engine the Response as soon as its headers arrive: before the body is
  // complete. (With `integrity` on the fetch, Chromium resolves it only
  // once the whole body is checked, so nothing would be compiled yet.)
  const wasm = readdirSync(SITE_DIR).find((name) => /^pingshen-[0-9a-f]+_bg\.wasm$/.test(name));
  const body = await readFile(join(SITE_DIR, wasm));
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let downloads = 0;
  const held = createServer(async (req, res) => {
    if (new URL(req.url, 'http://x').pathname === `/${wasm}`) {
      downloads += 1;
      res.writeHead(200, { 'content-type': 'application/wasm', 'content-length': body.length });
      res.write(body.subarray(0, body.length >> 1));
      await released;
      res.end(body.subarray(body.length >> 1));
      return;
    }
    const upstream = await fetch(`${server.url}${req.url}`, { method: req.method });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise((resolve) => held.listen(0, '127.0.0.1', resolve));
  try {
    await withBrowser(async ({ page }) => {
      await page.addInitScript(() => {
        // No service worker: its precaching would download the binary a
        // second time while the test holds the first (a busy machine may
        // reach the page's load event first), and this counts downloads.
        delete Navigator.prototype.serviceWorker;
        window.compiledFrom = [];
        const instantiateStreaming = WebAssembly.instantiateStreaming;
        WebAssembly.instantiateStreaming = function (source, imports) {
          window.compiledFrom.push(source instanceof Response ? 'Response' : String(source));
          return instantiateStreaming.call(this, source, imports);
        };
      });
      await page.goto(`http://127.0.0.1:${held.address().port}/?page=eligibility`);
      // Half the binary is there, the rest is held: the engine already has it.
      await page.waitForFunction(() => window.compiledFrom.length > 0, null, { timeout: 10_000 });
      assert.equal(await page.getByTestId('load-error').count(), 0);
      // The preload's download is the one compiled: the binary is asked for once.
      assert.equal(downloads, 1);
      release();
      await page.getByTestId('civil-no').waitFor();
      assert.deepEqual(await page.evaluate(() => window.compiledFrom), ['Response']);
    });
  } finally {
    release();
    await new Promise((resolve) => held.close(resolve));
  }
});

test('a browser without WebAssembly is told it cannot run the app, and which browsers can', async () => {
  await withBrowser(async ({ page }) => {
    await page.addInitScript(() => {
      delete window.WebAssembly;
    });
    await page.goto(`${server.url}/?page=workspace`);
    assertBrowserMessage(await loadError(page));
  });
});

test('an engine that refuses the module (CompileError, Safari\'s EvalError) is a browser that cannot run the app', async () => {
  // Chrome before 97 and Safari before 16 do not know the policy's
  // 'wasm-unsafe-eval': to them it is this page without it, and the real
  // engine refuses the real module (Chromium: WebAssembly.CompileError from
  // instantiateStreaming) after a good, integrity-checked download.
  await withBrowser(async ({ page }) => {
    await editPage(page, (html) => html.replace(" 'wasm-unsafe-eval'", ''));
    await page.goto(`${server.url}/`);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.ok(!csp.includes('wasm-unsafe-eval'), csp);
    assertBrowserMessage(await loadError(page));
  });
  // Safari up to 15 throws an EvalError instead (its CSP refusal).
  await withBrowser(async ({ page }) => {
    await page.addInitScript(() => {
      const refuse = () => Promise.reject(new EvalError("Refused to create a WebAssembly object because 'unsafe-eval' is not an allowed source of script"));
      Object.assign(WebAssembly, { instantiateStreaming: refuse, instantiate: refuse, compileStreaming: refuse, compile: refuse });
    });
    await page.goto(`${server.url}/?page=eligibility`);
    assertBrowserMessage(await loadError(page));
  });
});

test('a crash while starting is blamed neither on the browser nor on the network', async () => {
  await withBrowser(async ({ page }) => {
    await page.addInitScript(() => {
      WebAssembly.instantiateStreaming = () => Promise.reject(new WebAssembly.RuntimeError('unreachable'));
    });
    await page.goto(`${server.url}/`);
    const { reason, text } = await loadError(page);
    assert.equal(reason, 'error');
    assert.match(text, /程序启动时出错，请刷新页面重试/);
    assert.ok(!text.includes('网络') && !text.includes('此浏览器'), text);
  });
});

test('a failed download is told to check the network or retry, never that the browser is too old', async () => {
  const cases = [
    // The network: the wasm (and the second look at it) never arrives.
    ['network', (route) => route.abort('internetdisconnected'), /检查网络连接/],
    // A damaged download: one bit changed, so it fails its integrity check;
    // the file is there when looked at again.
    ['damaged', async (route) => {
      if (route.request().method() !== 'GET') return route.continue();
      const response = await route.fetch();
      const body = await response.body();
      body[body.length - 1] ^= 1;
      await route.fulfill({ response, body });
    }, /下载的程序不完整或已损坏，请刷新页面重试/],
    // Not there (a page older than the site): the status says so.
    ['missing', (route) => route.fulfill({ status: 404, body: 'not found' }), /HTTP 404/],
  ];
  for (const [name, handle, words] of cases) {
    await withBrowser(async ({ page, problems }) => {
      await page.route('**/*.wasm', handle);
      await page.goto(`${server.url}/?page=timeline`);
      const { reason, text } = await loadError(page);
      assert.equal(reason, 'network', name);
      assert.match(text, /加载失败/, name);
      assert.match(text, words, `${name}: ${text}`);
      assert.ok(!text.includes('浏览器'), `${name}: ${text}`);
      expectFailedDownloads(problems);
    });
  }
});

test('browsers without module scripts are told the same; module browsers never run that script', async () => {
  await withBrowser(async ({ page }) => {
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/`);
    await page.getByTestId('date-input').waitFor();
    // One nomodule script, a same-origin file the policy allows ('self');
    // deferred, so it would find #app parsed.
    const scripts = await page.locator('script[nomodule]').evaluateAll((list) => list.map((s) => [s.getAttribute('src'), s.defer, s.src]));
    assert.equal(scripts.length, 1);
    const [src, defer, absolute] = scripts[0];
    assert.match(src, /^\.\/nomodule-[0-9a-f]+\.js$/);
    assert.equal(defer, true);
    assert.equal(new URL(absolute).origin, server.url);
    assert.ok(existsSync(join(SITE_DIR, src)), `${src} is in the build`);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp.split('; ').find((d) => d.startsWith('script-src ')), /^script-src 'self' /);
    // A module browser neither runs nor downloads it, nor does its worker keep it.
    assert.equal(await page.getByTestId('load-error').count(), 0);
    assert.ok(!requested.includes(src.slice(1)), requested.join(', '));
    const sw = await page.evaluate(async () => (await fetch('./sw.js')).text());
    assert.ok(!sw.includes(src), 'not precached');
  });
  // What a browser without modules does: skip the module loader, run the
  // nomodule file as a classic script, under the page's own policy.
  await withBrowser(async ({ page }) => {
    await editPage(page, (html) =>
      html.replace(/<script type="module"[^>]*><\/script>/, '').replace('<script nomodule defer', '<script defer'));
    await page.goto(`${server.url}/?page=documents`);
    assertBrowserMessage(await loadError(page));
  });
});

test('the loading card promises offline use only where a service worker can keep the app', async () => {
  // The app never arrives, so the loading card stays.
  const hold = (route) => {};
  await withBrowser(async ({ page }) => {
    await page.route('**/*.wasm', hold);
    await page.goto(`${server.url}/`);
    await page.locator('#offline-promise').waitFor();
    assert.match(await page.locator('#loading-status').innerText(), /约 \d+ KB）。下载一次后，断网也能使用。/);
  });
  // No service worker (an iOS app's in-app browser): no promise.
  await withBrowser(async ({ page }) => {
    await page.addInitScript(() => {
      delete Navigator.prototype.serviceWorker;
    });
    await page.route('**/*.wasm', hold);
    const registration = page.waitForResponse((r) => r.url().endsWith('/register-sw.js'));
    await page.goto(`${server.url}/`);
    await registration;
    await page.waitForTimeout(300); // the script has run
    assert.equal(await page.evaluate(() => 'serviceWorker' in navigator), false);
    const status = await page.locator('#loading-status').innerText();
    assert.match(status, /首次打开需要下载程序（约 \d+ KB）/);
    assert.ok(!status.includes('断网'), status);
  });
});

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
