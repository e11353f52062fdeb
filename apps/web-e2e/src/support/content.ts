import { pdfOf } from '@ksp/testing';
import type { Locator, Page } from 'playwright-core';

/** A small real PDF, with text the hub extracts. */
export const pdf = (text: string): Promise<Buffer> => pdfOf((doc) => doc.fontSize(12).text(text));

/** The hub indexes and routes through its outbox: results are waited for, not slept for. */
export const OUTBOX_DEADLINE_MS = 20_000;

/**
 * Loads `url` until `shown` (a locator on the page) is there: a search or a routing answers from
 * the state of that moment, so what is on its way appears on a later load. On time-out the error
 * names what the page's live regions said.
 */
export async function loadUntil(page: Page, url: string, shown: (page: Page) => Locator): Promise<void> {
  const deadline = Date.now() + OUTBOX_DEADLINE_MS;
  await page.goto(url);
  for (;;) {
    try {
      await shown(page).waitFor({ timeout: 1_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        const statuses = await page.getByRole('status').allTextContents();
        throw new Error(`${String(error)}\nthe page shows: ${JSON.stringify(statuses)}`);
      }
      await page.reload();
    }
  }
}
