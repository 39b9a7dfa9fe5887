/**
 * The service worker's wake-up time to first answer, in real Chromium: Chromium stops an idle
 * extension worker after 30 s, and the next check must start it again (the checker, the spelling
 * engine and the settings load anew). Each round stops the worker over CDP (as the resilience
 * test does), types one character in a Lexical comment box, and times in the page, from the
 * sidebar showing "checking" (the request leaves the content script) to "ready" (the answer
 * shown). The same with the worker running gives the warm time beside it. Needs the built
 * extension (`npm run build:chrome`) and /usr/bin/chromium. Last line with --json is machine-readable.
 */
import type { Page } from 'playwright-core';
import { CASES, openCase } from '../tests/e2e/composer-cases';
import { buildFixtures } from '../tests/e2e/build-fixtures';
import { startBrowser, type Harness } from '../tests/e2e/harness';

const ROUNDS = 7;
const json = process.argv.includes('--json');
const COMMENT = CASES.find((c) => c.name === 'facebook comment (Lexical)')!;

/** Stops the extension's service worker, and waits until Chromium no longer lists it. */
async function stopServiceWorker(h: Harness): Promise<void> {
  const session = await h.context.browser()!.newBrowserCDPSession();
  const workers = async () =>
    (await session.send('Target.getTargets')).targetInfos.filter(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${h.extensionId}/`),
    );
  try {
    for (const worker of await workers())
      await session.send('Target.closeTarget', { targetId: worker.targetId });
    const deadline = Date.now() + 10_000;
    while ((await workers()).length > 0) {
      if (Date.now() > deadline) throw new Error('The service worker did not stop within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await session.detach();
  }
}

/** Types one key and returns the ms from "checking" to "ready" on the sidebar, timed in the page. */
async function answerMs(page: Page, key: string): Promise<number> {
  const timing = page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const host = document.querySelector('zorgvuldig-sidebar');
        if (!host) return reject(new Error('no sidebar'));
        let sent = -1;
        const observer = new MutationObserver(() => {
          const status = host.getAttribute('data-status');
          if (status === 'checking' && sent < 0) sent = performance.now();
          if (status === 'ready' && sent >= 0) {
            observer.disconnect();
            resolve(performance.now() - sent);
          }
          if (status === 'error') reject(new Error('the check failed'));
        });
        observer.observe(host, { attributes: true, attributeFilter: ['data-status'] });
        setTimeout(() => reject(new Error('no answer within 30 s')), 30_000);
      }),
  );
  await page.keyboard.type(key);
  return timing;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;

await buildFixtures();
const h = await startBrowser();
try {
  await (await h.welcomeTab()).close();
  const page = await openCase(h, COMMENT);
  await page.keyboard.type('Mevrouw Jansen heeft BSN 111222333. ', { delay: 10 });
  await page.waitForFunction(
    () => document.querySelector('zorgvuldig-sidebar')?.getAttribute('data-status') === 'ready',
  );
  const warm: number[] = [];
  const cold: number[] = [];
  // Each key makes a new text, so the content script's own cache cannot answer.
  for (let i = 0; i < ROUNDS; i++) {
    warm.push(await answerMs(page, 'a'));
    await stopServiceWorker(h);
    cold.push(await answerMs(page, 'b'));
  }
  const result = {
    rounds: ROUNDS,
    wakeUpToFirstAnswerMs: { median: round(median(cold)), all: cold.map(round) },
    warmAnswerMs: { median: round(median(warm)), all: warm.map(round) },
  };
  if (json) console.log(JSON.stringify(result));
  else
    console.log(
      `Service worker stopped: first answer after ${result.wakeUpToFirstAnswerMs.median} ms (median of ${ROUNDS}); running: ${result.warmAnswerMs.median} ms`,
    );
} finally {
  await h.close();
}
