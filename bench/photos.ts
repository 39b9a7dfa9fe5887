/**
 * Photos on the device, in the built extension in headless Chromium: text read (Tesseract)
 * and faces counted (BlazeFace), side by side on the same photos, cold (the first photo after
 * the browser starts, models loading) and warm (median of three), with the peak memory of
 * all Chromium processes. Needs `npm run build` first. Last line with --json is machine-readable.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startBrowser } from '../tests/e2e/harness';
import { drawScene } from '../tests/e2e/photo-scenes';

const json = process.argv.includes('--json');
const WARM_RUNS = 3;
const GROUP = fileURLToPath(new URL('../tests/e2e/fixtures/photos/group-of-five.jpg', import.meta.url));

type Timings = { decodeMs?: number; ocrMs?: number; facesMs?: number; totalMs?: number };
type Reply = { analysis?: string; faces?: number; text?: string; timings?: Timings; error?: string };

/**
 * Resident memory of this bench's Chromium (the browser this process started and all its
 * children: the offscreen document and its workers included), in MB. Other people's browsers
 * on the same machine are not counted.
 */
function chromiumRssMb(): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      parent.set(Number(pid), Number(/^PPid:\s*(\d+)/m.exec(status)?.[1] ?? 0));
      rss.set(Number(pid), Number(/^VmRSS:\s*(\d+)/m.exec(status)?.[1] ?? 0));
    } catch {
      // The process ended meanwhile.
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = parent.get(pid); p; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  let kb = 0;
  for (const [pid, size] of rss) if (mine(pid)) kb += size;
  return Math.round(kb / 1024);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (n: number | undefined) => (n === undefined ? undefined : Math.round(n));

const h = await startBrowser();
try {
  const page = await h.page(`chrome-extension://${h.extensionId}/welcome.html`);
  const photos: { name: string; bytes: Buffer }[] = [
    { name: 'whiteboard 1600x1200 (1.9 MP)', bytes: await drawScene(page, 'whiteboard') },
    { name: 'group of five 1920x1398 (2.7 MP, read at 2.4 MP)', bytes: readFileSync(GROUP) },
    { name: 'landscape 1600x1200 (1.9 MP)', bytes: await drawScene(page, 'landscape') },
  ];
  const idle = chromiumRssMb();
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, chromiumRssMb())), 100);
  let run = 0;
  const analyse = async (bytes: Buffer): Promise<Reply & { wallMs: number }> => {
    // A fresh id each time: the analyser remembers photos by hash, and a bench must not hit that cache.
    const id = createHash('sha256').update(bytes).update(String(run++)).digest('hex');
    const request = { id, kind: 'image', mimeType: 'image/jpeg', data: bytes.toString('base64') };
    return page.evaluate(async (data) => {
      const started = performance.now();
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }
      ).chrome.runtime;
      const reply = await runtime.sendMessage({ kind: 'mediaAnalyse', data });
      return { ...reply, wallMs: performance.now() - started };
    }, request);
  };
  const rows = [];
  const cold = await analyse(photos[0].bytes);
  for (const photo of photos) {
    const warm: (Reply & { wallMs: number })[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push(await analyse(photo.bytes));
    const pick = (k: keyof Timings) => round(median(warm.map((w) => w.timings?.[k] ?? NaN)));
    rows.push({
      photo: photo.name,
      faces: warm[0].faces,
      textChars: warm[0].text?.length ?? 0,
      ...(photo === photos[0]
        ? {
            coldOcrMs: round(cold.timings?.ocrMs),
            coldFacesMs: round(cold.timings?.facesMs),
            coldTotalMs: round(cold.wallMs),
          }
        : {}),
      warmOcrMs: pick('ocrMs'),
      warmFacesMs: pick('facesMs'),
      warmTotalMs: round(median(warm.map((w) => w.wallMs))),
    });
  }
  clearInterval(sampler);
  const result = {
    load: loadavg()
      .map((l) => l.toFixed(1))
      .join(' '),
    chromiumRssMb: { idle, peak },
    photos: rows,
  };
  if (json) console.log(JSON.stringify(result));
  else {
    console.log(
      `load average ${result.load}; Chromium memory (RSS, all processes): ${idle} MB idle, ${peak} MB peak`,
    );
    console.table(rows);
  }
} finally {
  await h.close();
}
