import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Some of these packages do not export package.json, so they are found by folder.
const MODULES = fileURLToPath(new URL('../node_modules/', import.meta.url));
const dir = (pkg: string) => path.join(MODULES, pkg);

/**
 * The files lib/media loads at run time, copied from their npm packages into the extension:
 * Tesseract's worker, its LSTM-only WASM cores (relaxed SIMD and SIMD; every browser we
 * support has SIMD), the Dutch and English data (4.0.0_best_int), and Human's BlazeFace
 * model with tfjs's WASM binaries.
 */
export function photoAssets(): { absoluteSrc: string; relativeDest: string }[] {
  const tesseract = dir('tesseract.js');
  const core = dir('tesseract.js-core');
  const human = dir('@vladmandic/human');
  const tfjsWasm = dir('@tensorflow/tfjs-backend-wasm');
  const files: [string, string][] = [
    [path.join(tesseract, 'dist/worker.min.js'), 'tesseract/worker.min.js'],
    ...['tesseract-core-relaxedsimd-lstm.wasm.js', 'tesseract-core-simd-lstm.wasm.js'].map(
      (f): [string, string] => [path.join(core, f), `tesseract/core/${f}`],
    ),
    ...['nld', 'eng'].map((lang): [string, string] => [
      path.join(dir(`@tesseract.js-data/${lang}`), `4.0.0_best_int/${lang}.traineddata.gz`),
      `tesseract/lang/${lang}.traineddata.gz`,
    ]),
    [path.join(human, 'models/blazeface.json'), 'human/models/blazeface.json'],
    [path.join(human, 'models/blazeface.bin'), 'human/models/blazeface.bin'],
    ...['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'].map((f): [string, string] => [
      path.join(tfjsWasm, `dist/${f}`),
      `human/wasm/${f}`,
    ]),
  ];
  return files.map(([absoluteSrc, relativeDest]) => ({ absoluteSrc, relativeDest }));
}
