// Starts the real Polku backend for the browser tests: a fresh SQLite file,
// `polku migrate`, `polku seed-demo`, then `polku serve` on a free port.
//
//   POLKU_BIN       the binary (default build/polku; a relative path is taken from the repo root)
//   POLKU_WEB_ROOT  the built web UI (default web/dist; relative to the repo root)
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function fromRoot(value, fallback) {
  return resolve(repoRoot, value && value.trim() ? value : fallback);
}

export async function startServer({ timeoutMs = 30_000 } = {}) {
  const bin = fromRoot(process.env.POLKU_BIN, 'build/polku');
  const webRoot = fromRoot(process.env.POLKU_WEB_ROOT, 'web/dist');
  if (!existsSync(bin)) throw new Error(`backend binary not found: ${bin} (build it, or set POLKU_BIN)`);
  if (!existsSync(join(webRoot, 'index.html'))) {
    throw new Error(`web UI not built: ${webRoot}/index.html missing (cd web && npm ci && npm run build, or set POLKU_WEB_ROOT)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'polku-browser-'));
  const database = `sqlite://${join(dir, 'x.db')}`;
  const runStep = (...args) => {
    try {
      execFileSync(bin, [...args, '--database', database], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    } catch (e) {
      throw new Error(`polku ${args.join(' ')} failed: ${e.stderr?.toString() || e.message}`);
    }
  };
  runStep('migrate');
  runStep('seed-demo');

  const child = spawn(bin, ['serve', '--database', database, '--listen', '127.0.0.1:0', '--web-root', webRoot], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (d) => {
    output += d.toString();
    if (process.env.POLKU_SERVER_LOG) process.stderr.write(d);
  });

  const baseUrl = await new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`polku serve printed no "listening on" line within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    let buffered = '';
    child.stdout.on('data', (d) => {
      const text = d.toString();
      output += text;
      if (process.env.POLKU_SERVER_LOG) process.stderr.write(text);
      buffered += text;
      const m = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(buffered);
      if (m) {
        clearTimeout(timer);
        resolvePort(m[1]);
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`polku serve exited early (code ${code}, signal ${signal}):\n${output}`));
    });
  });

  async function stop() {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  }

  return { baseUrl, stop, log: () => output };
}
