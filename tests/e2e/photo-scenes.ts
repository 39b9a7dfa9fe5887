import type { Page } from 'playwright-core';

/**
 * Photos drawn for the tests in the browser's own canvas (nothing downloaded): a ward
 * whiteboard with names, rooms, a diagnosis and a valid BSN, and a landscape with neither
 * text nor people; and two unlike them, made after the first two were tuned: a wristband
 * photographed askew, and a printed ward list in small grey print with the shorthand of a
 * ward (K12, k.14, Kamer: 15, BSN in groups). All come back as JPEG bytes, as a phone saves them.
 */
export async function drawScene(page: Page, scene: Scene): Promise<Buffer> {
  return Buffer.from(await page.evaluate(paintScene, scene), 'base64');
}

export type Scene = 'whiteboard' | 'landscape' | 'wristband' | 'ward-list';

/** Runs in the page (Playwright's or Puppeteer's evaluate): the scene as base64 JPEG. */
export function paintScene(which: Scene): string {
  {
    const canvas = document.createElement('canvas');
    canvas.width = 1600;
    canvas.height = 1200;
    const ctx = canvas.getContext('2d')!;
    if (which === 'whiteboard') {
      // A wall, the board slightly turned, marker-blue print, uneven light.
      ctx.fillStyle = '#8c8577';
      ctx.fillRect(0, 0, 1600, 1200);
      ctx.save();
      ctx.translate(800, 600);
      ctx.rotate((-1.5 * Math.PI) / 180);
      ctx.fillStyle = '#f3f3ee';
      ctx.fillRect(-700, -480, 1400, 960);
      const light = ctx.createLinearGradient(-700, 0, 700, 0);
      light.addColorStop(0, 'rgba(0,0,0,0.08)');
      light.addColorStop(1, 'rgba(255,255,255,0.05)');
      ctx.fillStyle = light;
      ctx.fillRect(-700, -480, 1400, 960);
      ctx.fillStyle = '#1d3b8b';
      ctx.font = 'bold 46px sans-serif';
      const rows = [
        'Overdracht afdeling 4B',
        'Kamer 12   mw. De Vries   diabetes',
        'Kamer 14   dhr. Jansen   BSN 111222333',
        'Kamer 15   mw. Bakker   valrisico',
      ];
      rows.forEach((row, i) => ctx.fillText(row, -640, -360 + i * 120));
      ctx.restore();
    } else if (which === 'wristband') {
      // An arm across the picture, the band turned 8 degrees: a name as labels print it, a
      // birth date and a patient number in short, a barcode.
      ctx.fillStyle = '#e6e1da';
      ctx.fillRect(0, 0, 1600, 1200);
      ctx.fillStyle = '#d9a98a';
      ctx.fillRect(0, 380, 1600, 440);
      ctx.save();
      ctx.translate(800, 600);
      ctx.rotate((-8 * Math.PI) / 180);
      ctx.fillStyle = '#fbfbfb';
      ctx.fillRect(-520, -110, 1040, 220);
      ctx.fillStyle = '#111';
      ctx.font = 'bold 40px sans-serif';
      ctx.fillText('BAKKER, H.   04-11-1938', -480, -40);
      ctx.font = '34px sans-serif';
      ctx.fillText('Pnr 30571946   afd. 2C', -480, 30);
      for (let x = 240; x < 490; x += 6) if ((x * 7) % 10 > 3) ctx.fillRect(x, 50, 3, 45);
      ctx.restore();
    } else if (which === 'ward-list') {
      // A printed list pinned to a cork board, photographed in landscape: small grey serif
      // print on grey paper, the ward's shorthand for rooms, a BSN in groups of three.
      ctx.fillStyle = '#7b6a55';
      ctx.fillRect(0, 0, 1600, 1200);
      ctx.save();
      ctx.translate(800, 600);
      ctx.rotate((1.2 * Math.PI) / 180);
      ctx.fillStyle = '#cfcbc2';
      ctx.fillRect(-440, -500, 880, 1000);
      ctx.fillStyle = '#3a3a3a';
      ctx.font = 'bold 30px serif';
      ctx.fillText('Bewoners De Linde', -400, -420);
      ctx.font = '26px serif';
      const rows = [
        'K12   Mw. Visser        valrisico',
        'k.14   Dhr. Smit       BSN 111 222 333',
        'Kamer: 15   Mw. Peters',
        'k.16   dhr. Mulder      dementie',
      ];
      rows.forEach((row, i) => ctx.fillText(row, -400, -330 + i * 70));
      ctx.restore();
    } else {
      const sky = ctx.createLinearGradient(0, 0, 0, 700);
      sky.addColorStop(0, '#5b8fd6');
      sky.addColorStop(1, '#cfe3f5');
      ctx.fillStyle = sky;
      ctx.fillRect(0, 0, 1600, 1200);
      ctx.fillStyle = '#fff3b0';
      ctx.beginPath();
      ctx.arc(1250, 220, 90, 0, Math.PI * 2);
      ctx.fill();
      const hills = ['#6d9b4a', '#54823a', '#3f6a2c'];
      hills.forEach((color, i) => {
        ctx.fillStyle = color;
        ctx.beginPath();
        ctx.moveTo(0, 1200);
        for (let x = 0; x <= 1600; x += 40)
          ctx.lineTo(x, 620 + i * 170 + Math.sin(x / (180 + i * 60) + i) * 70);
        ctx.lineTo(1600, 1200);
        ctx.fill();
      });
      for (let i = 0; i < 14; i++) {
        const x = 80 + i * 110;
        const y = 760 + (i % 3) * 40;
        ctx.fillStyle = '#2f4f23';
        ctx.beginPath();
        ctx.moveTo(x, y - 150);
        ctx.lineTo(x - 45, y);
        ctx.lineTo(x + 45, y);
        ctx.fill();
      }
    }
    // Sensor noise, so the JPEG looks like a photo rather than a drawing.
    const image = ctx.getImageData(0, 0, 1600, 1200);
    let seed = 7;
    for (let i = 0; i < image.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const n = (seed % 17) - 8;
      image.data[i] += n;
      image.data[i + 1] += n;
      image.data[i + 2] += n;
    }
    ctx.putImageData(image, 0, 0);
    // The list is saved as a phone on a low setting would: more JPEG loss.
    return canvas.toDataURL('image/jpeg', which === 'ward-list' ? 0.6 : 0.85).split(',')[1];
  }
}

/**
 * Runs in the page: a WebM video of `seconds` seconds (recorded from a canvas with the
 * browser's own MediaRecorder) showing a still picture (base64 JPEG), as base64.
 */
export async function recordVideoOf({ jpeg, seconds }: { jpeg: string; seconds: number }): Promise<string> {
  const still = new Image();
  still.src = `data:image/jpeg;base64,${jpeg}`;
  await still.decode();
  const canvas = document.createElement('canvas');
  canvas.width = 1280;
  canvas.height = 960;
  const ctx = canvas.getContext('2d')!;
  // The picture is on the canvas before recording starts, so no frame is blank.
  ctx.drawImage(still, 0, 0, canvas.width, canvas.height);
  const recorder = new MediaRecorder(canvas.captureStream(10), {
    mimeType: 'video/webm;codecs=vp8',
    videoBitsPerSecond: 4_000_000,
  });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const stopped = new Promise((resolve) => (recorder.onstop = resolve));
  recorder.start();
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    ctx.drawImage(still, 0, 0, canvas.width, canvas.height);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  recorder.stop();
  await stopped;
  const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
