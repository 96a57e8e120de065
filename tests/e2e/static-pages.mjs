// The pages whose empty-storage first screen is in the page itself
// (static/first-answers.html), each with its address and the element that
// screen must hold. One list for the script that captures them
// (scripts/capture-static.mjs) and the test that checks the app takes over
// from them (tests/e2e/static-answer.test.mjs).
//   - `cards`: what is captured, the page's first card unless named;
//   - `headlineOnly`: of a result card, its answer only;
//   - `holes`: elements whose text (and datetime) rest on the address and
//     today's date: captured blank, drawn by scripts/static-calculator.js
//     from the rules' table (static/publicity-ends.json).
export const STATIC_PAGES = [
  { page: 'workspace', query: '?page=workspace', answer: 'new-applicant' },
  { page: 'documents', query: '?page=documents', answer: 'docs-missing' },
  { page: 'years', query: '?page=years', answer: 'holiday-year' },
  { page: 'eligibility', query: '?page=eligibility', answer: 'civil-no' },
  {
    page: 'calculator',
    // Any posting day the table answers: what is captured is blank where it
    // depends on the day (the test checks others).
    query: '?posted=2026-12-07',
    answer: 'publicity-end',
    // The form, and the result's headline (its month calendar is the app's).
    cards: ['#app > section.card', '#app > section.result'],
    headlineOnly: true,
    holes: ['today-date', 'publicity-end', 'publicity-posted', 'publicity-start', 'publicity-summary'],
  },
];
