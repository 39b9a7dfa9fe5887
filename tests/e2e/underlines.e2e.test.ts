import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { editorText, fixtureReady, pressKey, screenshot, startBrowser, type Harness } from './harness';
import { CASES, card, openCase, type ComposerCase } from './composer-cases';
import { HOVER_MS } from '../../lib/platforms/underline/timing';
import { drawnUnderlines, mismatches, textareaSpanRects, wordRects, type Box } from './underline-geometry';

/** One composer per kind of editor. */
const EDITORS = [
  'facebook post dialog (Lexical)',
  'linkedin share box (Quill)',
  'tiktok comment (Draft.js)',
  'linkedin comment (TipTap)',
  'instagram comment (textarea)',
  'linkedin messaging (contenteditable)',
].map((name) => CASES.find((c) => c.name === name)!);

const SENTENCE = 'Mevrouw Jansen heeft BSN 111222333 en de kofie was lekker';
const MARKED = ['Mevrouw Jansen', '111222333', 'kofie'];

let h: Harness;

beforeAll(async () => {
  h = await startBrowser({ viewport: { width: 1440, height: 900 } });
  await (await h.welcomeTab()).close();
});
afterAll(async () => {
  await h?.close();
});

/**
 * Records, in the page's main world from before the first key, every element or attribute of
 * ours that appears inside the editor (tag or attribute name or value with "zorgvuldig").
 */
async function watchEditor(editor: Locator): Promise<void> {
  await editor.evaluate((el) => {
    const seen: string[] = [];
    const ours = (s: string | null) => (s ?? '').toLowerCase().includes('zorgvuldig');
    const check = (node: Node) => {
      if (!(node instanceof Element)) return;
      for (const e of [node, ...node.querySelectorAll('*')]) {
        if (ours(e.tagName)) seen.push(`element ${e.tagName}`);
        for (const a of e.attributes)
          if (ours(a.name) || ours(a.value)) seen.push(`attribute ${a.name}="${a.value}"`);
      }
    };
    check(el);
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        r.addedNodes.forEach(check);
        if (r.type === 'attributes' && r.target instanceof Element) {
          const value = r.target.getAttribute(r.attributeName!);
          if (ours(r.attributeName) || ours(value)) seen.push(`attribute ${r.attributeName}="${value}"`);
        }
      }
    });
    observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: false });
    (window as unknown as { __ours: () => string[] }).__ours = () => {
      observer.takeRecords();
      check(el);
      return seen;
    };
  });
}
const oursInEditor = (editor: Locator) =>
  editor.evaluate(() => (window as unknown as { __ours: () => string[] }).__ours());

/** The rectangles of the nth copy of `word` in the editor, measured by the test itself. */
async function textBoxes(page: Page, c: ComposerCase, word: string, nth = 0): Promise<Box[]> {
  const editor = c.locate(page);
  if (c.name.includes('textarea')) {
    const value = await editor.inputValue();
    let at = -1;
    for (let i = 0; i <= nth; i++) at = value.indexOf(word, at + 1);
    return textareaSpanRects(page, editor, at, at + word.length);
  }
  return wordRects(editor, word, nth);
}

/** Mismatches between each marked word's underline and its text; [] when all lie within 2 px. */
async function geometry(page: Page, c: ComposerCase, words: string[]): Promise<string[]> {
  const editor = c.locate(page);
  const { mode, drawn } = await drawnUnderlines(editor);
  const problems: string[] = [];
  const value = c.name.includes('textarea') ? await editor.inputValue() : '';
  for (const word of words) {
    const mark =
      mode === 'boxes'
        ? drawn.find((d) => d.start === value.indexOf(word))
        : drawn.find((d) => d.text === word);
    if (!mark) {
      problems.push(`${word}: no underline (${mode}: ${drawn.map((d) => d.text.slice(0, 20)).join(' | ')})`);
      continue;
    }
    const text = await textBoxes(page, c, word);
    const lineBoxes = c.name.includes('textarea');
    problems.push(...mismatches(mark.rects, text, 2, lineBoxes).map((m) => `${word}: ${m}`));
  }
  if (c.name.includes('textarea')) await editor.focus();
  return problems;
}

async function expectGeometry(page: Page, c: ComposerCase, words: string[], when: string) {
  let last: string[] = [];
  await expect
    .poll(
      async () => {
        last = await geometry(page, c, words);
        return last;
      },
      { timeout: 5000, interval: 200, message: `${c.name} ${when}` },
    )
    .toEqual([]);
}

/** Scrolls the page and every scrollable box around the editor (and the editor) by `dy`. */
function scrollAround(editor: Locator, dy: number): Promise<number> {
  return editor.evaluate((el, by) => {
    let moved = 0;
    for (let node: HTMLElement | null = el as HTMLElement; node; node = node.parentElement) {
      const s = getComputedStyle(node);
      if (/(auto|scroll)/.test(s.overflowY) && node.scrollHeight > node.clientHeight) {
        const before = node.scrollTop;
        node.scrollTop += by;
        moved += Math.abs(node.scrollTop - before);
      }
    }
    const before = window.scrollY;
    window.scrollBy(0, by);
    return moved + Math.abs(window.scrollY - before);
  }, dy);
}

describe('underlines lie on the text they mark', () => {
  it.each(EDITORS)('$name: after typing, scrolling and a line wrap; never in the editor', async (c) => {
    const page = await openCase(h, c);
    const editor = c.locate(page);
    await watchEditor(editor);
    await page.keyboard.type(SENTENCE, { delay: 5 });
    await expectGeometry(page, c, MARKED, 'after typing');

    // Typing on: the words move, and new ones are marked.
    await page.keyboard.type(' en bel 06-12345678', { delay: 5 });
    await expectGeometry(page, c, [...MARKED, '06-12345678'], 'after typing on');
    await screenshot(page, `underlines-${c.platform}-${c.editor}`);

    // Scrolling: the page and the boxes around the editor (a textarea scrolls inside itself).
    await page.keyboard.type(' en nog wat meer tekst zodat het vak vol raakt'.repeat(c.singleLine ? 4 : 2), {
      delay: 2,
    });
    await scrollAround(editor, -10_000);
    await scrollAround(editor, 30);
    await expectGeometry(page, c, ['111222333'], 'after scrolling');

    // A line wrap: text typed before the words pushes them onto the next line.
    await scrollAround(editor, -10_000);
    await editor.focus();
    await page.keyboard.press('Control+Home');
    await page.waitForTimeout(50);
    await page.keyboard.type('Vandaag schrijf ik een heel lang begin van dit bericht, ', { delay: 5 });
    await expectGeometry(page, c, MARKED, 'after a line wrap');
    expect(await oursInEditor(editor)).toEqual([]);
    await page.close();
  });
});

/** The card at the underline, in our own element on the page (Playwright pierces its shadow root). */
const cardAt = (page: Page) => page.locator('zorgvuldig-card [role=dialog]');

async function center(page: Page, c: ComposerCase, word: string) {
  const [r] = await textBoxes(page, c, word);
  if (c.name.includes('textarea')) await c.locate(page).focus();
  return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
}

describe('the card at an underline', () => {
  it.each(EDITORS)('$name: opens on click, hover and Alt+Shift+J; its fix applies; Escape', async (c) => {
    const page = await openCase(h, c);
    const editor = c.locate(page);
    await page.keyboard.type(SENTENCE, { delay: 5 });
    await expectGeometry(page, c, MARKED, 'before the card');

    // Click on the misspelled word.
    const kofie = await center(page, c, 'kofie');
    await page.mouse.click(kofie.x, kofie.y);
    await expect.poll(() => cardAt(page).getAttribute('data-rule')).toBe('spelling/unknown-word');
    // Escape at once, before the hover delay the click's pointer move started has run out: the
    // card stays closed (it used to come back from that pending hover).
    await page.keyboard.press('Escape');
    await cardAt(page).waitFor({ state: 'hidden' });
    await page.waitForTimeout(HOVER_MS + 300);
    expect(await cardAt(page).isVisible()).toBe(false);

    // Hover over the BSN: the card comes after a short pause.
    const bsn = await center(page, c, '111222333');
    await page.mouse.move(bsn.x - 30, bsn.y + 200);
    await page.mouse.move(bsn.x, bsn.y, { steps: 3 });
    await expect.poll(() => cardAt(page).getAttribute('data-rule')).toBe('privacy/bsn');
    await screenshot(page, `underline-card-${c.platform}-${c.editor}`);
    await page.mouse.move(5, 5);
    await cardAt(page).waitFor({ state: 'hidden' });

    // From the keyboard: the first finding's card takes focus; Enter applies its first fix.
    await editor.focus();
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => cardAt(page).getAttribute('data-start')).toBe('0');
    // The card takes focus on its first fix once it has rendered.
    const focusedFix = () =>
      page.evaluate(() => {
        const host = document.querySelector('zorgvuldig-card');
        return (host?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.suggestion ?? null;
      });
    await expect.poll(focusedFix).not.toBeNull();
    const focused = await focusedFix();
    await page.keyboard.press('Enter');
    const fixed = focused! + SENTENCE.slice('Mevrouw Jansen'.length);
    await expect.poll(() => editorText(page, c.editor), { timeout: 5000 }).toBe(fixed);
    await expect.poll(() => isFocused(editor)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, c.editor)).toBe(SENTENCE);

    // Escape closes a keyboard-opened card and gives focus back to the editor.
    await page.keyboard.press('Alt+Shift+J');
    await cardAt(page).waitFor({ state: 'visible' });
    // The card takes focus once it has rendered (a frame after it shows).
    await expect.poll(() => isFocused(editor)).toBe(false);
    await page.keyboard.press('Escape');
    await cardAt(page).waitFor({ state: 'hidden' });
    await expect.poll(() => isFocused(editor)).toBe(true);
    await page.close();
  });
});

const isFocused = (editor: Locator) =>
  editor.evaluate(
    (el) => el === el.ownerDocument.activeElement || el.contains(el.ownerDocument.activeElement),
  );

// ---- Random fixes -------------------------------------------------------------------------

/** Small seeded generator, so a failing draft can be typed again (the seed is in the test name). */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid BSN (11-proef) from random digits. */
function bsn(next: () => number): string {
  for (;;) {
    const d = Array.from({ length: 8 }, () => Math.floor(next() * 10));
    if (d[0] === 0) continue;
    const sum = d.reduce((s, x, i) => s + x * (9 - i), 0);
    const last = sum % 11;
    if (last < 10) return [...d, last].join('');
  }
}

const pick = <T>(next: () => number, xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
const PLAIN = ['vandaag', 'op de afdeling', 'met het team', 'een mooie dienst', 'dank jullie', 'tot morgen'];
const MISSPELT = [
  'kofie',
  'vandaaag',
  'verpleegkundgie',
  'afdelnig',
  'colega',
  'dienstt',
  'medicijnen',
  'begeleidng',
];

/** A draft with several findings of different kinds, one line (every composer takes that). */
function randomDraft(next: () => number): string {
  const parts: string[] = [];
  const kinds = [
    () => pick(next, MISSPELT),
    () => `BSN ${bsn(next)}`,
    () => `bel 06-${String(Math.floor(next() * 1e8)).padStart(8, '1')}`,
    () => `zie https://www.zorgnet.nl/nieuws/${Math.floor(next() * 1000)}?utm_source=fb&utm_medium=social`,
    () => pick(next, ['mevrouw Jansen', 'meneer De Vries', 'bewoner Kees']),
    () => `mail ${pick(next, ['anna', 'kees', 'els'])}@gmail.com`,
  ];
  const count = 3 + Math.floor(next() * 3);
  for (let i = 0; i < count; i++) {
    parts.push(pick(next, PLAIN));
    parts.push(pick(next, kinds)());
  }
  const text = parts.join(' ');
  return text[0].toUpperCase() + text.slice(1);
}

const FIXES = Number(process.env.UNDERLINE_FIXES ?? 100);
const PER_DRAFT = 5;
/** Generous waits: six editors share two cores here. */
const WAIT = { timeout: 10_000 };

/** How many findings are underlined now (our element's count). */
const underlined = (page: Page) =>
  page.evaluate(() =>
    Number(document.querySelector<HTMLElement>('zorgvuldig-underlines')?.dataset.count ?? -1),
  );

/**
 * The checker answered for a text of this length (the sidebar host says so) and the underlines
 * were painted after that answer (one frame later).
 */
async function settled(page: Page, chars: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const host = document.querySelector('zorgvuldig-sidebar');
      return host?.getAttribute('data-status') === 'ready' && host.getAttribute('data-chars') === String(n);
    },
    chars,
    { timeout: 10_000 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * `FIXES` random fixes on random drafts in one editor: each through the card from the keyboard,
 * then the exact expected text, focus back in the editor, Ctrl+Z back to the draft, and all the
 * draft's findings underlined again. Returns the seconds it took.
 */
async function randomFixes(page: Page, c: ComposerCase, seed: number): Promise<number> {
  const t0 = Date.now();
  const next = random(seed + c.name.length);
  const editor = c.locate(page);
  let done = 0;
  let draft = '';
  const log: string[] = [];
  try {
    while (done < FIXES) {
      draft = randomDraft(next);
      await editor.focus();
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Backspace');
      await expect.poll(() => editorText(page, c.editor), WAIT).toBe('');
      // The answer for the empty box first: the last draft's answer may be for a text of the same
      // length as the next one, and would pass for its answer.
      await settled(page, 0);
      // The draft arrives as one text input (as from an input method or dictation): every editor
      // here takes it through its own input handling, as it does typed keys.
      await page.keyboard.insertText(draft);
      await expect.poll(() => editorText(page, c.editor), WAIT).toBe(draft);
      await settled(page, draft.length);
      const total = await underlined(page);
      for (let i = 0; i < PER_DRAFT && done < FIXES; i++) {
        // After the undo: the answer for the restored text, with all its findings underlined again.
        await settled(page, draft.length);
        await expect.poll(() => underlined(page), WAIT).toBe(total);
        const index = Math.floor(next() * total);
        await editor.focus();
        // Alt+Shift+J steps forward from the first finding, Alt+Shift+K back from the last.
        if (index < total / 2) await pressKey(page, 'Alt+Shift+J', index + 1, 0);
        else await pressKey(page, 'Alt+Shift+K', total - index, 0);
        const dialog = cardAt(page);
        await expect.poll(() => dialog.getAttribute('data-start'), WAIT).not.toBeNull();
        const start = Number(await dialog.getAttribute('data-start'));
        const end = Number(await dialog.getAttribute('data-end'));
        const buttons = dialog.locator('button[data-suggestion]');
        const n = await buttons.count();
        if (n === 0) {
          await page.keyboard.press('Escape');
          await cardAt(page).waitFor({ state: 'hidden' });
          continue;
        }
        const button = buttons.nth(Math.floor(next() * n));
        const replacement = (await button.getAttribute('data-suggestion'))!;
        const expected = draft.slice(0, start) + replacement + draft.slice(end);
        log.push(
          `${start}-${end} ${JSON.stringify(draft.slice(start, end))} -> ${JSON.stringify(replacement)}`,
        );
        await button.click();
        // Off the text: a pointer left over an underline would open its card on hover.
        await page.mouse.move(0, 0);
        await expect
          .poll(() => editorText(page, c.editor), { ...WAIT, message: log.join('\n') })
          .toBe(expected);
        await expect.poll(() => isFocused(editor), WAIT).toBe(true);
        await page.keyboard.press('Control+z');
        await expect
          .poll(() => editorText(page, c.editor), { ...WAIT, message: `undo: ${log.join('\n')}` })
          .toBe(draft);
        done += 1;
      }
    }
  } catch (error) {
    const now = await editorText(page, c.editor).catch(() => '?');
    throw new Error(
      `${c.name}, seed ${seed}, draft ${JSON.stringify(draft)}, now ${JSON.stringify(now)}: ${(error as Error).message}`,
    );
  }
  expect(done).toBe(FIXES);
  return (Date.now() - t0) / 1000;
}

/**
 * The case's page in a window of its own. Chromium draws only the front tab of a window at full
 * rate (a background tab gets about one frame a second, also headless), and the underlines and
 * the card are drawn in frames: pages side by side need a window each.
 */
async function openInOwnWindow(c: ComposerCase): Promise<Page> {
  const cdp = await h.context.browser()!.newBrowserCDPSession();
  try {
    const made = h.context.waitForEvent('page');
    await cdp.send('Target.createTarget', { url: 'about:blank', newWindow: true });
    const page = await made;
    await page.goto(c.url, { waitUntil: 'load' });
    await fixtureReady(page);
    await c.open?.(page);
    await c.locate(page).click();
    return page;
  } finally {
    await cdp.detach();
  }
}

describe('random fixes through the card', () => {
  it(
    `${FIXES} fixes per editor leave the expected text; Ctrl+Z restores it (the six editors side by side)`,
    async () => {
      const seed = Number(process.env.UNDERLINE_SEED ?? Date.now() % 100_000);
      // One window per editor, all at once: each headless page keeps its own focus and keyboard,
      // and the editors' waits (undo grouping, the pause before a check) overlap instead of adding up.
      const pages: Page[] = [];
      const editors = EDITORS.filter((c) => c.name.includes(process.env.UNDERLINE_ONLY ?? ''));
      for (const c of editors) pages.push(await openInOwnWindow(c));
      const results = await Promise.allSettled(editors.map((c, i) => randomFixes(pages[i], c, seed)));
      const seconds = results.map(
        (r, i) => `${EDITORS[i].name}: ${r.status === 'fulfilled' ? `${r.value} s` : 'failed'}`,
      );
      console.log(`${FIXES} random fixes per editor (seed ${seed}):\n  ${seconds.join('\n  ')}`);
      const failed = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as Error).message] : []));
      expect(failed).toEqual([]);
      await Promise.all(pages.map((p) => p.close()));
    },
    // The six editors side by side: about 1.3 s per fix and editor on a 2-core machine at a load
    // average of 18, far less when it is quiet.
    60_000 + FIXES * 3_000,
  );
});

// ---- "Alles verbeteren" -------------------------------------------------------------------

const fixAllButton = (page: Page) => page.locator('zorgvuldig-sidebar [data-action=fix-all]');
const TRACKED_A = 'https://www.zorgnet.nl/a?utm_source=fb';
const TRACKED_B = 'https://www.zorgnet.nl/b?fbclid=abc123';

describe('"Alles verbeteren"', () => {
  it('removes tracking codes and applies the picked spelling fix everywhere, one undo step each', async () => {
    const c = CASES.find((x) => x.name === 'facebook comment (Lexical)')!;
    const page = await openCase(h, c);
    const draft = `Lees ${TRACKED_A} bij de kofie, en ${TRACKED_B} na de kofie`;
    await page.keyboard.type(draft, { delay: 3 });
    await settled(page, draft.length);

    // The user picks "koffie" once, at the first copy, through the card.
    const word = await center(page, c, 'kofie');
    await page.mouse.click(word.x, word.y);
    await cardAt(page).locator('button[data-suggestion="koffie"]').click();
    const picked = draft.replace('kofie', 'koffie');
    await expect.poll(() => editorText(page, c.editor), { timeout: 5000 }).toBe(picked);
    await settled(page, picked.length);

    // Three fixes left: both links and the other "kofie".
    expect(await fixAllButton(page).textContent()).toContain('(3)');
    await fixAllButton(page).click();
    const steps = [
      picked.replace(/kofie/, 'koffie'),
      picked.replace(/kofie/, 'koffie').replace(TRACKED_B, 'https://www.zorgnet.nl/b'),
      picked
        .replace(/kofie/, 'koffie')
        .replace(TRACKED_B, 'https://www.zorgnet.nl/b')
        .replace(TRACKED_A, 'https://www.zorgnet.nl/a'),
    ];
    await expect.poll(() => editorText(page, c.editor), { timeout: 10_000 }).toBe(steps[2]);

    // One Ctrl+Z per fix, newest first, then the user's own pick.
    for (const back of [steps[1], steps[0], picked, draft]) {
      await page.keyboard.press('Control+z');
      await expect.poll(() => editorText(page, c.editor), { timeout: 5000 }).toBe(back);
    }
    await page.close();
  });

  it('stops at the first fix the editor does not take', async () => {
    const c = CASES.find((x) => x.name === 'instagram comment (textarea)')!;
    const page = await openCase(h, c);
    const TRACKED_C = 'https://www.zorgnet.nl/c?gclid=xyz';
    const draft = `Zie ${TRACKED_A} en ${TRACKED_B} en ${TRACKED_C}`;
    await page.keyboard.type(draft, { delay: 3 });
    await settled(page, draft.length);
    expect(await fixAllButton(page).textContent()).toContain('(3)');
    // The page does not take the second edit, as an editor may: it puts its old text back.
    await c.locate(page).evaluate((el) => {
      const area = el as HTMLTextAreaElement;
      let edits = 0;
      let kept = area.value;
      area.addEventListener('input', () => {
        if (++edits === 2) area.value = kept;
        kept = area.value;
      });
    });
    await fixAllButton(page).click();
    const first = draft.replace(TRACKED_C, 'https://www.zorgnet.nl/c');
    await expect.poll(() => editorText(page, c.editor), { timeout: 5000 }).toBe(first);
    await page
      .locator('zorgvuldig-sidebar')
      .getByText(/Het aanpassen is niet gelukt/)
      .waitFor({ timeout: 5000 });
    // Nothing after the refusal was tried: the first link keeps its codes.
    expect(await editorText(page, c.editor)).toBe(first);
    await page.close();
  });
});

// ---- Settings -----------------------------------------------------------------------------

describe('underlines per category', () => {
  it('spelling underlines off: the BSN is underlined, the misspelling is not (the sidebar still lists it)', async () => {
    type Chrome = { storage: { sync: { set(items: object): Promise<void> } } };
    const worker = await h.serviceWorker();
    await worker.evaluate(async () => {
      const chrome = (self as unknown as { chrome: Chrome }).chrome;
      await chrome.storage.sync.set({ settingsVersion: 1, settings: { underlines: { spelling: false } } });
    });
    const c = CASES.find((x) => x.name === 'facebook comment (Lexical)')!;
    const page = await openCase(h, c);
    await page.keyboard.type(SENTENCE, { delay: 3 });
    await settled(page, SENTENCE.length);
    await card(page, 'spelling/unknown-word').first().waitFor({ state: 'visible', timeout: 5000 });
    await expect
      .poll(async () => (await drawnUnderlines(c.locate(page))).drawn.map((d) => d.text).sort())
      .toEqual(['111222333', 'Mevrouw Jansen']);
    await worker.evaluate(async () => {
      const chrome = (self as unknown as { chrome: Chrome }).chrome;
      await chrome.storage.sync.set({ settings: {} });
    });
    await page.close();
  });
});

// ---- "Altijd negeren" ---------------------------------------------------------------------

describe('"Altijd negeren" and "Toevoegen aan woordenboek" from the underline card', () => {
  it('the rule goes off and the word onto the list: their underlines go, also after a reload', async () => {
    type Chrome = { storage: { sync: { clear(): Promise<void> } } };
    const c = CASES.find((x) => x.name === 'linkedin comment (TipTap)')!;
    const TEXT = 'Bel 06-12345678 voor de kofie, BSN 111222333';
    const page = await openCase(h, c);
    const marked = async () => (await drawnUnderlines(c.locate(page))).drawn.map((d) => d.text);
    const typeAndSettle = async () => {
      await page.keyboard.type(TEXT, { delay: 3 });
      await settled(page, TEXT.length);
    };
    try {
      await typeAndSettle();
      await expect.poll(marked).toEqual(expect.arrayContaining(['06-12345678', 'kofie', '111222333']));

      // The phone number's card: "Altijd negeren" switches the rule off.
      const phone = await center(page, c, '06-12345678');
      await page.mouse.click(phone.x, phone.y);
      await expect.poll(() => cardAt(page).getAttribute('data-rule')).toBe('privacy/phone');
      await cardAt(page)
        .getByRole('button', { name: /^Altijd negeren/ })
        .click();
      await page.mouse.move(0, 0);
      await cardAt(page).waitFor({ state: 'hidden' });
      await expect.poll(marked, WAIT).not.toContain('06-12345678');
      expect(await card(page, 'privacy/phone').count()).toBe(0);

      // The misspelling's card: the word goes onto the user's own list.
      const kofie = await center(page, c, 'kofie');
      await page.mouse.click(kofie.x, kofie.y);
      await expect.poll(() => cardAt(page).getAttribute('data-rule')).toBe('spelling/unknown-word');
      await cardAt(page).getByRole('button', { name: 'Toevoegen aan woordenboek' }).click();
      await page.mouse.move(0, 0);
      await expect.poll(marked, WAIT).not.toContain('kofie');
      // The other findings keep their underlines.
      expect(await marked()).toContain('111222333');

      // After a reload, the same text: still neither underlined, the BSN still is.
      await page.reload({ waitUntil: 'load' });
      await fixtureReady(page);
      await c.locate(page).click();
      await typeAndSettle();
      await expect.poll(marked, WAIT).toContain('111222333');
      expect(await marked()).not.toContain('06-12345678');
      expect(await marked()).not.toContain('kofie');
      await screenshot(page, 'underlines-after-always-ignore');

      // The options page shows both choices: the word on the list, the rule switched off.
      const options = await h.page(`chrome-extension://${h.extensionId}/options.html`);
      await options.getByRole('button', { name: 'Verwijder kofie' }).waitFor({ timeout: 15_000 });
      const rule = options.locator('.rule', {
        has: options.locator('code', { hasText: /^privacy\/phone$/ }),
      });
      await expect.poll(() => rule.getByRole('checkbox').first().isChecked()).toBe(false);
      await options.close();
    } finally {
      const worker = await h.serviceWorker();
      // Back to a new user's settings (the word list is stored apart from them, in chunks).
      await worker.evaluate(async () => {
        const chrome = (self as unknown as { chrome: Chrome }).chrome;
        await chrome.storage.sync.clear();
      });
      await page.close();
    }
  });
});

// ---- TikTok's upload form in an iframe ------------------------------------------------------

describe('underlines and the card inside an iframe', () => {
  it('TikTok upload caption (Draft.js in a same-origin iframe): geometry, the card by mouse and keyboard, its fix, undo', async () => {
    const c = CASES.find((x) => x.name === 'tiktok upload caption in an iframe (Draft.js)')!;
    const page = await openCase(h, c);
    const frame = c.scope(page);
    const editor = c.locate(page);
    await watchEditor(editor);
    await page.keyboard.type(SENTENCE, { delay: 5 });
    // Underline and text are both measured in the iframe's own viewport.
    await expectGeometry(page, c, MARKED, 'in the iframe');
    await screenshot(page, 'underlines-tiktok-upload-iframe');

    // A click on the word: the page's coordinates are the iframe's plus its place on the page.
    const [word] = await textBoxes(page, c, 'kofie');
    const offset = await page.locator('iframe[data-tt="Upload_index_iframe"]').evaluate((f) => {
      const r = f.getBoundingClientRect();
      return { x: r.left + f.clientLeft, y: r.top + f.clientTop };
    });
    await page.mouse.click(offset.x + (word.left + word.right) / 2, offset.y + (word.top + word.bottom) / 2);
    const dialog = frame.locator('zorgvuldig-card [role=dialog]');
    await expect.poll(() => dialog.getAttribute('data-rule')).toBe('spelling/unknown-word');
    // The card sits at the word, in the iframe: just below it (or above it), overlapping it sideways.
    const box = await dialog.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    expect(box.right > word.left && box.left < word.right).toBe(true);
    expect(Math.min(Math.abs(box.top - word.bottom), Math.abs(word.top - box.bottom))).toBeLessThan(16);
    await screenshot(page, 'underline-card-tiktok-upload-iframe');
    await dialog.locator('button[data-suggestion="koffie"]').click();
    await page.mouse.move(0, 0);
    await expect.poll(() => editorText(page, c.editor), WAIT).toBe(SENTENCE.replace('kofie', 'koffie'));
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, c.editor), WAIT).toBe(SENTENCE);

    // From the keyboard: the first finding's card, Escape back to the caption.
    await editor.focus();
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => dialog.getAttribute('data-start'), WAIT).toBe('0');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => isFocused(editor)).toBe(true);
    // Escape at once, before the card has taken focus: focus still ends in the caption.
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Alt+Shift+J');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => isFocused(editor), WAIT).toBe(true);
    }
    expect(await oursInEditor(editor)).toEqual([]);
    await page.close();
  });
});
