// Screenshots of every page at phone, tablet and desktop sizes, and with text
// at 200 % on the phone, for a person to look at (not a test):
//   node scripts/screenshots.mjs  (after the release build)
import { startServer, openBrowser } from '../tests/e2e/harness.mjs';
import { mkdir } from 'node:fs/promises';

const PAGES = [
  ['calculator', '?posted=2024-09-27&days=5'],
  ['timeline', '?unit=city-unit&city_deadline=2024-07-26&today=2024-07-20'],
  ['eligibility', '?page=eligibility'],
  ['workspace', '?page=workspace'],
  ['documents', '?page=documents'],
  ['years', '?page=years'],
];
const SIZES = [[360, 780], [390, 844], [768, 1024], [1280, 800]];
const out = 'tests/e2e/artifacts/screens';
await mkdir(out, { recursive: true });
const server = await startServer();
for (const [width, height] of SIZES) {
  const browser = await openBrowser({ viewport: { width, height } });
  for (const [name, query] of PAGES) {
    await browser.page.goto(`${server.url}/${query}`);
    await browser.page.locator('.tabs__tab[aria-current="page"]').waitFor();
    await browser.page.screenshot({ path: `${out}/${name}-${width}.png` });
    if (width === 390) {
      // Text at 200 % (the reader's text size doubled), whole page.
      await browser.page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      await browser.page.screenshot({ path: `${out}/${name}-${width}-text200.png`, fullPage: true });
    }
  }
  if (browser.problems.length) console.log(browser.problems.join('\n'));
  await browser.close();
}
await server.close();
console.log(`screenshots in ${out}`);
