// Runs npm scripts one after another and prints a `timing:` line for each, so every CI log says
// where its minutes went. `a+b+c` runs those scripts at the same time (a's output live, the
// others' after they end): worth it for single-threaded tools on a machine with more cores.
// Usage: node scripts/steps.mjs typecheck+lint+format:check test:unit
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script, live) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', script], {
      stdio: live ? 'inherit' : ['inherit', 'pipe', 'pipe'],
    });
    const out = [];
    if (!live) {
      child.stdout.on('data', (chunk) => out.push(chunk));
      child.stderr.on('data', (chunk) => out.push(chunk));
    }
    child.on('close', (code, signal) =>
      resolve({
        script,
        code: code ?? (signal ? 1 : 0),
        output: Buffer.concat(out),
        s: (performance.now() - started) / 1000,
      }),
    );
  });
}

const line = (s, what) => console.log(`timing: ${s.toFixed(1).padStart(6)} s  ${what}`);

const started = performance.now();
let failed = 0;
for (const step of process.argv.slice(2)) {
  const scripts = step.split('+');
  const results = await Promise.all(scripts.map((script, i) => run(script, i === 0)));
  for (const result of results) {
    if (result.output.length) process.stdout.write(result.output);
    line(result.s, `npm run ${result.script}${result.code ? `  (failed, exit ${result.code})` : ''}`);
    failed ||= result.code;
  }
  if (failed) break;
}
line((performance.now() - started) / 1000, process.argv.slice(2).join(' then '));
process.exit(failed);
