// Handoff links: sending a self-check or a unit's list as a link (from
// 资格自查 or 单位总览), and the preview a receiver confirms on any page.
import assert from 'node:assert/strict';
import { AppPage, expectText } from './app.mjs';

/** The sending panel, on the page it is opened from. */
export class HandoffSender {
  constructor(page) {
    this.page = page;
  }

  testId(id) {
    return this.page.getByTestId(id);
  }

  /**
   * Presses the send button (`send-to-unit` on 资格自查, `send-list` on
   * 单位总览) and returns the link shown.
   */
  async send(button) {
    await this.testId(button).click();
    const link = await this.link();
    assert.ok(link.length > 0, 'the link is shown');
    return link;
  }

  /** The link as it stands now (it follows later changes). */
  link() {
    return this.testId('handoff-link').inputValue();
  }

  /** What the link carries, in words. */
  contents() {
    return this.testId('handoff-contents');
  }

  /** Waits until the contents line matches `pattern`. */
  expectContents(pattern) {
    return expectText(this.contents(), pattern);
  }

  qr() {
    return this.testId('handoff-qr');
  }
}

/** A receiver: opens a link and reads, then confirms, its preview. */
export class HandoffReceiver extends AppPage {
  /** Opens a handoff link (a fresh page load) and waits for its preview. */
  async openLink(link) {
    await this.page.goto(link);
    await this.preview().waitFor();
  }

  /** Opens a link's fragment in the page already open (no page load), as a chat app does. */
  async followHash(link) {
    await this.page.evaluate((hash) => { location.hash = hash; }, link.startsWith('#') ? link : new URL(link).hash);
  }

  preview() {
    return this.testId('handoff-preview');
  }

  /** The refusal of a link that cannot be read. */
  error() {
    return this.testId('handoff-error');
  }

  /** Who sent the self-check. */
  who() {
    return this.testId('handoff-who');
  }

  /** The verdict the sender saw. */
  verdict() {
    return this.testId('handoff-verdict').getAttribute('data-verdict');
  }

  /** How the applicant would go into the list: `new`, `unchanged`, `ask`, … */
  change() {
    return this.testId('handoff-applicant').getAttribute('data-change');
  }

  /** The names a list adds, removes, and how many stay (as shown). */
  added() {
    return this.testId('handoff-added').innerText();
  }

  removed() {
    return this.testId('handoff-removed').innerText();
  }

  unchanged() {
    return this.testId('handoff-unchanged').innerText();
  }

  confirmButton() {
    return this.testId('handoff-confirm');
  }

  /** Confirms the preview and waits until it says it is done. */
  async confirm() {
    await this.confirmButton().click();
    await this.testId('handoff-done').waitFor();
  }

  /** For a namesake already listed: update them in place. */
  async chooseUpdate() {
    await this.testId('handoff-choice-update').check();
  }

  /** The applicants stored on this device (none: `[]`). */
  async storedApplicants() {
    return JSON.parse((await this.stored()) ?? '{}').applicants ?? [];
  }
}
