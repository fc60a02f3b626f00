/** The package's version, read once from package.json (next to `mock/` in a checkout, above `dist/` once built). */
import { readFileSync } from 'node:fs';

function read(): string {
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'sage-mock' && pkg.version) return pkg.version;
    } catch {
      /* try the next place */
    }
  }
  return '0.0.0';
}

export const VERSION: string = read();
