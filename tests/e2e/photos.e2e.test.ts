import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heicHeadersOnly, withExif } from '../../lib/media/testing';
import { card, CASES, openCase } from './composer-cases';
import { startBrowser, type Harness } from './harness';
import { drawScene, recordVideoOf } from './photo-scenes';

/**
 * Photos in the Facebook post dialog, looked at by the built extension in Chromium: the
 * offscreen document reads the text (Tesseract) and counts faces (BlazeFace), the
 * background reads the metadata. One browser, one tab, four photos: OCR is slow on 2 cores.
 */
const GROUP = readFileSync(new URL('./fixtures/photos/group-of-five.jpg', import.meta.url));
const STRIP = readFileSync(new URL('./fixtures/photos/five-portraits-strip.jpg', import.meta.url));
/** The first photo also starts the OCR worker and loads both models. */
const COLD_MS = 120_000;
const WARM_MS = 60_000;

let h: Harness;
let page: Page;
const post = CASES.find((c) => c.platform === 'facebook' && c.editor === 'post')!;
const input = () => page.locator('[role=dialog] input[type=file]');
const attach = (name: string, buffer: Buffer, mimeType = 'image/jpeg') =>
  input().setInputFiles({ name, mimeType, buffer });
const mediaCards = () =>
  page
    .locator('zorgvuldig-sidebar li[data-rule^="media/"]')
    .evaluateAll((cards) =>
      cards.map((c) => `${c.getAttribute('data-rule')}: ${c.querySelector('.message')?.textContent ?? ''}`),
    );

beforeAll(async () => {
  h = await startBrowser();
  await (await h.welcomeTab()).close();
  page = await openCase(h, post);
  await page.keyboard.type('Overdracht van vandaag!', { delay: 10 });
  h.network.clear();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe('photos, looked at on the device', () => {
  it(
    'a whiteboard with names, rooms and a BSN: "foto wordt bekeken…", then media/text at stop naming what was read',
    async () => {
      await attach('overdracht.jpg', await drawScene(page, 'whiteboard'));
      await expect
        .poll(() => mediaCards(), { timeout: 10_000 })
        .toContainEqual(expect.stringMatching(/^media\/photo: Foto wordt bekeken…/));
      const text = card(page, 'media/text');
      await text.waitFor({ state: 'visible', timeout: COLD_MS });
      await expect(text.getAttribute('class')).resolves.toContain('card-stop');
      const message = (await text.locator('.message').textContent()) ?? '';
      expect(message).toContain('BSN “111222333”');
      expect(message).toMatch(/naam “mw\. De Vries” \((?:links|linksboven)\)/);
      expect(message).toMatch(/naam “dhr\. Jansen”/);
      expect(message).toMatch(/kamer/);
      expect(message).toMatch(/diagnose “diabetes”/);
      // The thumbnail is made on the device, and the pending card is gone.
      await expect(text.locator('img.thumb').getAttribute('src')).resolves.toMatch(
        /^data:image\/jpeg;base64,/,
      );
      expect(await mediaCards()).not.toContainEqual(expect.stringMatching(/wordt bekeken/));
    },
    COLD_MS + 20_000,
  );

  it(
    'a photo of five people: "minstens 5 gezichten", asking whether each of them agreed',
    async () => {
      await attach('team.jpg', GROUP);
      await expect
        .poll(() => mediaCards(), { timeout: WARM_MS })
        .toContainEqual(
          'media/photo: In de foto staan minstens 5 gezichten. Gaf ieder van hen toestemming om de foto te delen, en is er geen patiënt of bewoner herkenbaar?',
        );
      expect(await mediaCards()).not.toContainEqual(expect.stringMatching(/^media\/text/));
    },
    WARM_MS + 10_000,
  );

  it(
    'a landscape with neither faces nor text gives only the reminder',
    async () => {
      await attach('heide.jpg', await drawScene(page, 'landscape'));
      await expect
        .poll(() => mediaCards(), { timeout: WARM_MS })
        .toEqual([
          'media/photo: Er hangt een foto aan dit bericht: is er geen patiënt, bewoner of scherm herkenbaar, en gaf iedereen in beeld toestemming?',
        ]);
    },
    WARM_MS + 10_000,
  );

  it(
    'photos unlike the tuned whiteboard: a wristband turned 8 degrees, a grey printed list in ward shorthand',
    async () => {
      const textCard = () =>
        mediaCards().then((cards) => cards.find((c) => c.startsWith('media/text')) ?? '');
      await attach('polsbandje.jpg', await drawScene(page, 'wristband'));
      // Read straightened: the label's name and the birth date on its first line.
      await expect.poll(textCard, { timeout: WARM_MS }).toMatch(/naam “BAKKER, H\.”/);
      expect(await textCard()).toMatch(/datum “04-11-1938”/);
      await attach('bewoners.jpg', await drawScene(page, 'ward-list'));
      // Rooms written K12, k.14, Kamer: 15; the BSN in groups of three.
      await expect.poll(textCard, { timeout: WARM_MS }).toMatch(/BSN “111 222 333”/);
      expect(await textCard()).toMatch(
        /^media\/text: In de foto is tekst te lezen die iemand aanwijst \(BSN, naam, diagnose, kamer\)/,
      );
      expect(await textCard()).toMatch(/naam “Mw\. Visser”/);
    },
    2 * WARM_MS + 10_000,
  );

  it(
    'five portraits in a wide strip: "minstens 5 gezichten" (the detector squeezed them out of shape before)',
    async () => {
      await attach('collega-s.jpg', STRIP);
      await expect
        .poll(() => mediaCards(), { timeout: WARM_MS })
        .toContainEqual(expect.stringMatching(/^media\/photo: In de foto staan minstens 5 gezichten\./));
    },
    WARM_MS + 10_000,
  );

  it(
    'a HEIC whose EXIF lies after the picture (as libheif writes it): the location is found, the pixels honestly not looked at',
    async () => {
      const heic = heicHeadersOnly(
        { make: 'Apple', gps: { lat: 50.8503, lon: 4.3517 } },
        // Past the first 512 KB that the quick metadata read sees.
        { baseOffset: true, pictureBytes: 700_000 },
      );
      await attach('IMG_0001.heic', Buffer.from(heic), 'image/heic');
      await card(page, 'media/location').waitFor({ state: 'visible', timeout: WARM_MS });
      await expect
        .poll(() => mediaCards(), { timeout: WARM_MS })
        .toContainEqual(
          expect.stringMatching(
            /^media\/photo: Foto niet bekeken: de browser kan dit bestandsformaat niet openen\./,
          ),
        );
    },
    WARM_MS + 10_000,
  );

  it(
    'a JPEG with GPS and an owner name gives the location and owner findings; the post is never blocked',
    async () => {
      const landscape = await drawScene(page, 'landscape');
      const tagged = withExif(new Uint8Array(landscape), {
        make: 'Apple',
        owner: 'Petra de Vries',
        gps: { lat: 52.0907, lon: 5.1214 },
        taken: '2026:03:14 09:30:00',
      });
      await attach('wandeling.jpg', Buffer.from(tagged));
      await card(page, 'media/location').waitFor({ state: 'visible', timeout: 10_000 });
      await expect(card(page, 'media/owner').locator('.message').textContent()).resolves.toBe(
        'In de bestandsgegevens van de foto staat een naam: “Petra de Vries”.',
      );
      // Posting while a new photo is still being looked at: nothing stands in the way.
      await attach(
        'nog-een.jpg',
        await drawScene(page, 'whiteboard').then((b) => Buffer.concat([b, Buffer.from([0])])),
      );
      await expect
        .poll(() => mediaCards(), { timeout: 5_000 })
        .toContainEqual(expect.stringMatching(/^media\/photo: Foto wordt bekeken…/));
      await page.getByRole('button', { name: 'Plaatsen', exact: true }).click();
      await expect.poll(() => page.evaluate(() => window.__fixture.posts.length)).toBe(1);
    },
    WARM_MS + 10_000,
  );

  it(
    'a video: its frames are read too; one the browser cannot play gets an honest "video niet bekeken"',
    async () => {
      page = await openCase(h, post);
      await page.keyboard.type('Filmpje van de overdracht', { delay: 10 });
      const jpeg = (await drawScene(page, 'whiteboard')).toString('base64');
      const video = Buffer.from(await page.evaluate(recordVideoOf, { jpeg, seconds: 4 }), 'base64');
      await input().setInputFiles({ name: 'overdracht.webm', mimeType: 'video/webm', buffer: video });
      const text = card(page, 'media/text');
      // The last photo of the test before may still be in the queue: allow for a cold-start wait.
      await text.waitFor({ state: 'visible', timeout: COLD_MS });
      await expect(text.locator('.message').textContent()).resolves.toContain('BSN “111222333”');
      await input().setInputFiles({
        name: 'kapot.mp4',
        mimeType: 'video/mp4',
        buffer: Buffer.from('not really a video'),
      });
      await expect
        .poll(() => mediaCards(), { timeout: WARM_MS })
        .toEqual([
          'media/photo: Video niet bekeken: de browser kan dit bestandsformaat niet openen. Kijk hem zelf na: is er geen patiënt, bewoner of scherm herkenbaar, en gaf iedereen in beeld toestemming?',
        ]);
    },
    COLD_MS + WARM_MS + 20_000,
  );

  it('nothing about the photos left the machine', () => {
    expect(h.network.offLoopback).toEqual([]);
    expect(h.errors).toEqual([]);
  });
});
