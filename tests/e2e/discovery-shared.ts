import type { Locator, Page } from 'playwright-core';

/** What the discovery tests type in every box: a name, a valid BSN and a room. */
export const SENTENCE = 'Mevrouw Jansen, BSN 111222333, ligt op kamer 12';
/** The budget: the card within a second of the last key press. */
export const BUDGET_MS = 1000;

const PARAGRAPH =
  'Vandaag hebben we op afdeling B een drukke dienst gehad. Één collega was ziek, dus we werkten met z’n drieën; ' +
  'toch kreeg iedereen op tijd zijn medicatie (om 8.00, 12.00 en 18.00 uur). Dank aan het hele team & de vrijwilligers! ';
/** 2,000 characters of ordinary Dutch, in paragraphs. */
export const LONG = (() => {
  let text = '';
  while (text.length < 2000) text += `${PARAGRAPH}\n`;
  return text.slice(0, 2000).replace(/\s+$/, '');
})();

/** Milliseconds from the last key press (in the box's frame) until its frame's sidebar shows the rule. */
export function msFromLastKey(box: Locator, ruleId: string): Promise<number> {
  return box.evaluate(
    (_el, rule) =>
      new Promise<number>((resolve, reject) => {
        const w = window as unknown as { __zvLastKey: number };
        const started = performance.now();
        const tick = () => {
          const root = document.querySelector('zorgvuldig-sidebar')?.shadowRoot;
          const shown =
            root?.querySelector(`li[data-rule="${rule}"]`) ??
            root?.querySelector('button.badge .badge-count.sev-stop');
          if (shown) resolve(performance.now() - w.__zvLastKey);
          else if (performance.now() - started > 5000) reject(new Error(`no ${rule} in the sidebar`));
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    ruleId,
  );
}

/** Types the text key by key, in bursts with pauses longer than the debounce, so checks run while typing goes on. */
export async function typeInBursts(page: Page, text: string): Promise<void> {
  for (let at = 0; at < text.length; at += 250) {
    for (const [i, line] of text
      .slice(at, at + 250)
      .split('\n')
      .entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      if (line) await page.keyboard.type(line);
    }
    await page.waitForTimeout(350);
  }
}

/** From now on the box's window notes the time of every key press (read by msFromLastKey). */
export function markLastKey(box: Locator): Promise<void> {
  return box.evaluate(() => {
    const w = window as unknown as { __zvLastKey: number };
    window.addEventListener('keydown', () => (w.__zvLastKey = performance.now()), true);
  });
}
