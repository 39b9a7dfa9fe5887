import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromeView } from '../lib/settings/chrome-view';
import { sanitize, type Issue } from '../lib/settings/sanitize';
import { Policy } from '../lib/settings/schema';
import { policiesIn, type FoundPolicy } from './policy-sources';

/**
 * `npm run policy:check -- <file> ...`: what a browser will make of an administrator's policy
 * file before it reaches staff. Chrome and Edge leave out, without a word to anyone, a whole
 * part of the policy when one value in it has the wrong type, and every unknown key; then
 * Zorgvuldig ignores the values it cannot use. Both are listed here, Dutch first, then English.
 * Exit code: 0 everything applies, 1 something is left out or ignored, 2 a file cannot be read.
 */
export type Checked = { found: FoundPolicy; chrome: Issue[]; zorgvuldig: Issue[]; inForce: string[] };

export function checkFound(found: FoundPolicy): Checked {
  const view = found.browser === 'firefox' ? { kept: found.policy, dropped: [] } : chromeView(found.policy);
  const zorgvuldig: Issue[] = [];
  const clean = (sanitize(Policy, view.kept, '', zorgvuldig) ?? {}) as Record<string, unknown>;
  const inForce = Object.entries(clean)
    .filter(([, value]) => value && typeof value === 'object' && Object.keys(value).length > 0)
    .map(([part]) => part);
  return { found, chrome: view.dropped, zorgvuldig, inForce };
}

const show = (value: unknown) => {
  const text = value === undefined ? '' : ` = ${JSON.stringify(value)}`;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

export function report(file: string, checked: Checked[]): string[] {
  const lines: string[] = [];
  if (checked.length === 0)
    lines.push(
      `${file}: geen beleid voor Zorgvuldig gevonden / no policy for Zorgvuldig found (3rdparty.extensions.<ID>, 3rdparty.Extensions.zorgvuldig@zorgvuldig.nl, a registry key ...\\3rdparty\\extensions\\<ID>\\policy or a payload <domain>.extensions.<ID>)`,
    );
  for (const { found, chrome, zorgvuldig, inForce } of checked) {
    const browser = {
      chrome: 'Chrome/Edge',
      firefox: 'Firefox',
      unknown: 'Chrome/Edge (als / if in 3rdparty.extensions)',
    }[found.browser];
    lines.push(`${file}: ${found.where} [${browser}]`);
    for (const problem of found.problems) lines.push(`  ! ${problem}`);
    if (found.browser === 'unknown')
      lines.push(
        '  i het beleid zelf: een browser leest het onder 3rdparty.extensions.<ID> (Chrome, Edge) of policies.3rdparty.Extensions.zorgvuldig@zorgvuldig.nl (Firefox) / the policy on its own: browsers read it under those keys',
      );
    if (found.installed === false)
      lines.push(
        `  ! dit bestand installeert ${found.id} niet (ExtensionInstallForcelist / ExtensionSettings); goed als dat elders gebeurt / this file does not install ${found.id}; fine if another one does`,
      );
    const list = (title: string, issues: Issue[]) => {
      lines.push(`  ${title} (${issues.length})`);
      for (const issue of issues) {
        lines.push(`    ${issue.path || '(alles / all)'}${show(issue.value)}: ${issue.reason.nl}`);
        lines.push(`      ${issue.reason.en}`);
      }
    };
    if (found.browser !== 'firefox') list('Chrome en Edge laten weg / Chrome and Edge leave out', chrome);
    list('Zorgvuldig negeert / Zorgvuldig ignores', zorgvuldig);
    lines.push(`  In gebruik / in force: ${inForce.join(', ') || '(niets / nothing)'}`);
  }
  return lines;
}

export function main(files: string[]): number {
  if (files.length === 0) {
    console.error('Gebruik / usage: npm run policy:check -- <policy file> [...]');
    return 2;
  }
  let code = 0;
  for (const file of files) {
    let checked: Checked[];
    try {
      checked = policiesIn(file, readFileSync(file, 'utf8')).map(checkFound);
    } catch (error) {
      console.error(`${file}: niet te lezen / cannot be read: ${(error as Error).message}`);
      code = 2;
      continue;
    }
    console.log(report(file, checked).join('\n'));
    const clean =
      checked.length > 0 &&
      checked.every((c) => !c.chrome.length && !c.zorgvuldig.length && !c.found.problems.length);
    if (!clean && code === 0) code = 1;
  }
  return code;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv.slice(2));
