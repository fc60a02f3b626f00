/**
 * What the README points a reader to exists: every in-page link names a heading, every
 * `npm run <script>` is a script of package.json, and every `sage-mock <command> <sub>` it shows is
 * one the CLI's usage lists.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
const cli = readFileSync(new URL('../mock/cli.ts', import.meta.url), 'utf8');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  const outsideCode = markdown.replace(/```[\s\S]*?```/g, '');
  for (const [, text] of outsideCode.matchAll(/^#{1,6} (.+)$/gm)) {
    const base = text!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

describe('the README', () => {
  it('links only to headings it has', () => {
    const known = anchors(readme);
    const links = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((l) => !known.has(l))).toEqual([]);
  });

  it('names only npm scripts that exist', () => {
    const named = new Set([...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!));
    expect(named).toContain('bench');
    expect([...named].filter((s) => !(s in pkg.scripts))).toEqual([]);
  });

  it('shows only CLI commands the CLI has', () => {
    const usage = cli.slice(cli.indexOf('const USAGE'), cli.indexOf('Options for serve'));
    const commands = new Set([...usage.matchAll(/^ {2}(serve|scenario \w+|contract \w+)/gm)].map((m) => m[1]!));
    expect(commands).toContain('serve');
    const shown = new Set([...readme.matchAll(/sage-mock (serve|scenario \w+|contract \w+)/g)].map((m) => m[1]!));
    expect(shown.size).toBeGreaterThan(5);
    expect([...shown].filter((c) => !commands.has(c))).toEqual([]);
  });
});
