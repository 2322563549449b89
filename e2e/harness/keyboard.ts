import type { Locator, Page } from 'playwright-core';

/** Activates a control with the keyboard: focus, then Enter. */
export async function press(page: Page, control: Locator) {
  await control.focus();
  await page.keyboard.press('Enter');
}

/** Focuses a field and types into it: the keyboard, not fill(). */
export async function typeIn(page: Page, field: Locator, text: string) {
  await field.focus();
  await page.keyboard.type(text);
}

/** A datetime-local value `days` ahead (the API wants a future deadline to publish). */
export function deadlineInput(days = 60): string {
  const date = new Date(Date.now() + days * 86400_000);
  return `${date.toISOString().slice(0, 10)}T18:00`;
}
