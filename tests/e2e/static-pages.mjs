// The pages whose empty-storage first card is in the page itself
// (static/first-answers.html), each with the element that card must hold.
// One list for the script that captures them (scripts/capture-static.mjs)
// and the test that checks the app takes over from them
// (tests/e2e/static-answer.test.mjs).
export const STATIC_PAGES = [
  { page: 'workspace', answer: 'new-applicant' },
  { page: 'documents', answer: 'docs-missing' },
  { page: 'years', answer: 'holiday-year' },
  { page: 'eligibility', answer: 'civil-no' },
];
