/**
 * `sage-mock serve` (the Fastify server's front door) refuses an empty `--admin-token`: it would
 * leave the control plane open, even on a public address where a token is otherwise generated.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/sage-mock.js', import.meta.url));

describe('sage-mock serve options', () => {
  it('refuses an empty --admin-token and starts nothing', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '0.0.0.0', '--admin-token', ' '], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    try {
      const [code] = await once(child, 'exit');
      expect(code).toBe(2);
      expect(stderr).toContain('--admin-token must not be empty');
      expect(stdout).not.toContain('ready on');
    } finally {
      child.kill('SIGKILL');
    }
  });
});
