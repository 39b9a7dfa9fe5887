// `npm start`: builds the extension for Chrome and Firefox, then runs the CLI on an example post.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false });

const build = run('npm', ['run', 'build']);
if (build.status !== 0) process.exit(build.status ?? 1);

console.log('\n$ npx zorgvuldig check examples/bericht.txt\n');
// Exit code 1 means "something must not be posted": expected for this example.
run(process.execPath, ['bin/zorgvuldig.mjs', 'check', 'examples/bericht.txt']);

console.log(`
De extensie is gebouwd / the extension is built:
  Chrome, Edge : .output/chrome-mv3   (chrome://extensions of edge://extensions -> Ontwikkelaarsmodus -> Uitgepakte extensie laden)
  Firefox      : .output/firefox-mv2  (about:debugging#/runtime/this-firefox -> Tijdelijke add-on laden -> manifest.json)
Proberen zonder account / try it without an account: npm run demo
`);
