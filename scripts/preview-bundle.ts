import { build } from 'esbuild';
import { resolve } from 'node:path';

/** Bundles a preview page's script (Preact, one IIFE) for inlining into a static HTML file. */
export async function bundlePreviewPage(entry: string): Promise<string> {
  const bundle = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: 'chrome110',
    logLevel: 'warning',
  });
  return bundle.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
}
