/**
 * The README's error tables and the catalogue (`mock/core/errors.ts`) say the same thing: every key
 * with its status, `$dataCode`, message and guess mark, and every OAuth error with its description.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_ERRORS, OAUTH_ERRORS, OAUTH_MESSAGES } from '../../mock/index.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('### The error catalogue'), readme.indexOf('## OAuth 2.0, as Sage runs it'));
const rows = (header: string) => {
  const start = section.indexOf(header);
  expect(start, `README table starting ${header}`).toBeGreaterThanOrEqual(0);
  const lines = section.slice(start).split('\n').slice(2);
  const out: string[][] = [];
  for (const line of lines) {
    if (!line.startsWith('|')) break;
    out.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, '|')),
    );
  }
  return out;
};
const code = (c: string) => c.replace(/^`|`$/g, '');

describe('the README error tables match the catalogue', () => {
  it('API errors: key, status, $dataCode, message, guess', () => {
    const table = rows('| key | status |');
    const fromReadme = Object.fromEntries(
      table.map(([k, status, dataCode, message, guess]) => [
        code(k!),
        { status: Number(status), dataCode: code(dataCode!), message, guess: guess === '*guess*' },
      ]),
    );
    const fromCode = Object.fromEntries(
      Object.entries(API_ERRORS).map(([k, v]) => [
        k,
        { status: v.status, dataCode: v.dataCode, message: v.message, guess: 'guess' in v && v.guess === true },
      ]),
    );
    expect(fromReadme).toEqual(fromCode);
  });

  it('OAuth errors: code and description', () => {
    const table = rows('| OAuth error');
    expect(Object.fromEntries(table.map(([k, d]) => [code(k!), d]))).toEqual({ ...OAUTH_ERRORS });
  });

  it('OAuth messages: key, error and description', () => {
    const table = rows('| OAuth key |');
    const fromReadme = Object.fromEntries(table.map(([k, e, d]) => [code(k!), { error: code(e!), message: d }]));
    expect(fromReadme).toEqual(JSON.parse(JSON.stringify(OAUTH_MESSAGES)));
  });
});
