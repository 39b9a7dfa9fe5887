import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The source folders whose comments are read (generated and installed code is not ours). */
const SOURCES = ['bench', 'cli', 'components', 'entrypoints', 'eslint-rules', 'lib', 'scripts', 'tests'];
const SKIP = new Set(['node_modules', 'dist', 'artifacts', '.output', '.wxt']);
/** A path in prose: folders, then a file with an extension, from the root, relative, or with ./ or ../ */
const CITED_PATH =
  /(?<![\w./@:-])(?:\.{1,2}\/)*[\w-][\w.-]*(?:\/[\w.@-]+)+\.(?:ts|tsx|mjs|js|json|md|html|css|sh|yml|aff|dic|bin)\b/g;
/** Folders the build and the tests write (.gitignore): a comment may name what will be there. */
const OUTPUTS = readFileSync(path.join(ROOT, '.gitignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim().replace(/^\//, ''))
  .filter((line) => line.endsWith('/') && !line.startsWith('#'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (SKIP.has(name)) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(?:ts|tsx|mjs|js)$/.test(name) ? [full] : [];
  });
}

/** Tokens after which a `/` divides; anywhere else it starts a regular expression. */
const ENDS_VALUE = new Set([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.ThisKeyword,
]);

/** Every comment's text in a file, found by TypeScript's own scanner (so `//` inside a string is not one). */
function comments(text: string, file: string): string[] {
  const variant = file.endsWith('x') ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, variant, text);
  const found: string[] = [];
  // Open braces inside each `${ ... }` of a template being read, innermost last.
  const templates: number[] = [];
  let previous = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) {
      found.push(scanner.getTokenText());
      continue;
    }
    if (kind === ts.SyntaxKind.WhitespaceTrivia || kind === ts.SyntaxKind.NewLineTrivia) continue;
    // The scanner needs the parser's context for a regular expression and for a template's next part.
    if (
      (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) &&
      !ENDS_VALUE.has(previous)
    )
      kind = scanner.reScanSlashToken();
    else if (kind === ts.SyntaxKind.OpenBraceToken && templates.length) templates[templates.length - 1] += 1;
    else if (kind === ts.SyntaxKind.CloseBraceToken && templates.length) {
      if (templates[templates.length - 1] === 0) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === ts.SyntaxKind.TemplateTail) templates.pop();
      } else templates[templates.length - 1] -= 1;
    }
    if (kind === ts.SyntaxKind.TemplateHead) templates.push(0);
    previous = kind;
  }
  return found;
}

/** Paths that comments in this file cite (not those inside installed packages). */
function citedPaths(file: string, text: string): string[] {
  return comments(text, file)
    .flatMap((comment) => comment.match(CITED_PATH) ?? [])
    .filter((cited) => !cited.startsWith('node_modules/'));
}

/** A cited path names a file when it is one from the repository's root, or from the citing file's folder or one above it. */
function exists(file: string, cited: string): boolean {
  if (OUTPUTS.some((out) => cited.startsWith(out))) return true;
  for (let dir = path.dirname(file); dir.startsWith(ROOT); dir = path.dirname(dir))
    if (existsSync(path.join(dir, cited))) return true;
  return existsSync(path.join(ROOT, cited));
}

describe('comments cite files that exist', () => {
  it('finds repository paths in comments only', () => {
    const text = [
      '// see lib/platforms/controller.ts and docs/admin/README.md.',
      "const url = 'https://example.org/lib/not-a-comment.ts';",
      '/** The schema (lib/settings/schema.ts, ../sidebar/contract.ts), not node_modules/x/lib/y.js */',
      '// https://github.com/wxt-dev/wxt/blob/main/x.ts is an address, e.g. a version 1.2 is no path',
      'const re = /\\/\\/ lib\\/in-a-regex.ts/; const t = `${{ a: 1 }.a} // lib/in-a-template.ts ${x}`;',
      'if (a) { b = c / d; } // lib/after-a-block.ts',
    ].join('\n');
    expect(citedPaths('x.ts', text)).toEqual([
      'lib/platforms/controller.ts',
      'docs/admin/README.md',
      'lib/settings/schema.ts',
      '../sidebar/contract.ts',
      'lib/after-a-block.ts',
    ]);
  });

  it("resolves a path from the root or from the citing file's folder and those above it", () => {
    const file = path.join(ROOT, 'lib/platforms/sidebar/store.ts');
    expect(exists(file, 'lib/platforms/controller.ts')).toBe(true);
    expect(exists(file, 'sidebar/contract.ts')).toBe(true);
    expect(exists(file, '../session/entry.ts')).toBe(true);
    expect(exists(file, 'reference/composers.md')).toBe(false);
    expect(exists(file, 'tests/e2e/artifacts/a.png.html')).toBe(true);
  });

  it('every path a comment cites is in the repository', () => {
    const missing = SOURCES.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).flatMap((file) =>
      citedPaths(file, readFileSync(file, 'utf8'))
        .filter((cited) => !exists(file, cited))
        .map((cited) => `${path.relative(ROOT, file)}: ${cited}`),
    );
    expect(missing).toEqual([]);
  });
});
