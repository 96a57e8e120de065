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
// The calculator's first answer rests on the posting day in the address:
// its dates are captured blank and drawn before the app by
// scripts/static-calculator.js from static/publicity-ends.json, the rules'
// answer for every posting day with official holiday data, which this
// script writes first (examples/publicity_table.rs; tests/static_table.rs
// checks every day of it against the rules).
// tests/e2e/static-answer.test.mjs fails when this file is not what the
// app renders: rebuild, run this, rebuild.
//   node scripts/capture-static.mjs target/site
import { writeFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';

// Any day: what is captured never depends on it (the test checks other days;
// what does, the calculator's dates, is captured blank, and the timeline's
// answers are captured from this day's round on).
const DAY = '2026-12-06T10:00:00+08:00';

await mkdir('static', { recursive: true });
await writeFile('static/publicity-ends.json', execFileSync('cargo', ['run', '-q', '--example', 'publicity_table'], { encoding: 'utf8' }));
// From the round in force on the capture day (DAY) to the end of 2028.
const TIMELINE_DAYS = JSON.parse(execFileSync('cargo', ['run', '-q', '--example', 'timeline_table', '--', DAY.slice(0, 10)], { encoding: 'utf8' }));
const timelineAnswers = {};

// The e2e harness's static server and browser (fresh profile, fixed clock,
// China time): SITE_DIR is read when it is imported.
process.env.SITE_DIR = process.argv[2] ?? 'target/site';
const { startServer, openBrowser } = await import('../tests/e2e/harness.mjs');
// Each page and the element its first card must hold (shared with the test).
const { STATIC_PAGES } = await import('../tests/e2e/static-pages.mjs');

const OUT = 'static/first-answers.html';

// The round note's box, one line (the app fills it).
const ROUND_NOTE =
  '<div class="round-note round-note--pending" aria-hidden="true"><div class="round-note__details"><div class="round-note__summary"></div></div></div>';

// In the page: the app's cards (selectors), as the static copy shows them.
const copyCards = ({ cards, holes = [], headlineOnly = false }) =>
  cards
    .map((selector) => {
      const copy = document.querySelector(selector).cloneNode(true);
      for (const year of copy.querySelectorAll('.round-year')) year.textContent = '';
      for (const id of holes) {
        for (const hole of copy.querySelectorAll(`[data-testid="${id}"]`)) {
          hole.textContent = '';
          hole.removeAttribute('datetime');
        }
      }
      // A result's headline only: what follows it (the month) is the
      // app's. The card is then shorter than the app's, so it is not
      // named: what it holds is (and keeps its place).
      const answer = headlineOnly && copy.querySelector('.answer');
      if (answer && answer.nextSibling) copy.removeAttribute('data-testid');
      while (answer && answer.nextSibling) answer.nextSibling.remove();
      for (const el of [copy, ...copy.querySelectorAll('[data-testid]')].filter((el) => el.hasAttribute('data-testid'))) {
        el.setAttribute('data-static-testid', el.getAttribute('data-testid'));
        el.removeAttribute('data-testid');
      }
      return copy.outerHTML.replace(/<!---->/g, '');
    })
    .join('\n');

const server = await startServer();
const blocks = [];
try {
  for (const { page: name, query, answer, cards = ['#app > section.card'], holes, headlineOnly } of STATIC_PAGES) {
    const browser = await openBrowser({ now: DAY });
    try {
      const { page } = browser;
      await page.goto(`${server.url}/${query}`);
      await page.locator(`#app [data-testid="${answer}"]`).first().waitFor();
      const card = await page.evaluate(copyCards, { cards, holes, headlineOnly });
      if (!card.includes(`data-static-testid="${answer}"`)) throw new Error(`${name}: the first card does not hold ${answer}`);
      blocks.push(
        `<div class="static-answer" data-static="${name}">\n` +
          ROUND_NOTE + '\n' +
          `${card}\n</div>`,
      );
    } finally {
      await browser.close();
    }
  }
  // 时间安排: the answer rests on the round in force today and on whether
  // its latest posting day has passed. Each round, unit and passed-or-not
  // the rules give from DAY's round to 2028 (examples/timeline_table.rs),
  // captured on the first day it is today's.
  for (const { round, unit, passed, day } of TIMELINE_DAYS.capture) {
    const browser = await openBrowser({ now: `${day}T10:00:00+08:00` });
    try {
      const { page } = browser;
      await page.goto(`${server.url}/?unit=${unit}`);
      await page.locator('#app [data-testid="post-by"]').waitFor();
      const cards = await page.evaluate(copyCards, { cards: ['#app > section.card', '#app > section[data-testid="plan"]'] });
      timelineAnswers[`${round}-${unit}-${passed ? 1 : 0}`] =
        '<div class="static-answer" data-static="timeline">\n' + ROUND_NOTE + '\n' + cards + '\n</div>';
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
// The static pages are in the page together, with at most one timeline answer.
for (const timeline of Object.values(timelineAnswers)) {
  const ids = [...blocks, timeline].join('\n').match(/\sid="[^"]+"/g) ?? [];
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length) throw new Error(`ids repeated across the static pages: ${repeated.join(', ')}`);
}
await writeFile(
  OUT,
  '<!-- Written by scripts/capture-static.mjs from the app: do not edit by hand. -->\n' + blocks.join('\n') + '\n',
);
// Fetched by scripts/route.js on a first visit to 时间安排 only (not in every
// page, not precached): the days' table and the answers, by round, unit and
// passed-or-not.
const { capture, ...days } = TIMELINE_DAYS;
await writeFile('static/timeline-answers.json', JSON.stringify({ ...days, answers: timelineAnswers }) + '\n');
console.log(`capture-static: ${OUT}, ${STATIC_PAGES.map((p) => p.page).join(', ')}; static/timeline-answers.json, ${capture.length} timeline answers`);
