import { spawn, spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);

export interface FixtureBuild {
  /** The build's exit code: 0 when it succeeded. */
  status: number | null;
  /** stdout and stderr together, colour codes removed. */
  output: string;
}

/**
 * The environment without what Vitest injects (BASE_URL, MODE…), which would leak into Astro's import.meta.env,
 * and without the caller's deployment (SITE_URL, SITE_BASE): a fixture gets only what its test gives it.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'SITE_URL', 'SITE_BASE']) {
    delete env[key];
  }
  return env;
}

/**
 * Runs `use` on a throw-away copy of the project (its node_modules linked, not copied), so a test can
 * change content or the environment without touching the real content or dist/. The copy is deleted after.
 */
async function withProjectCopy<T>(use: (dir: string) => T | Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'sco-fixture-'));
  try {
    for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    // Each package linked one by one, but not the dot-folders where Astro and Vite keep caches (the
    // content layer's data store among them): builds side by side must not share them, nor leave them to
    // the real project.
    mkdirSync(join(dir, 'node_modules'));
    for (const entry of readdirSync(join(root, 'node_modules'))) {
      if (!entry.startsWith('.') || entry === '.bin') symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
    }
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function spawnOptions(cwd: string, env: Record<string, string> = {}): SpawnSyncOptionsWithStringEncoding {
  return {
    cwd,
    encoding: 'utf8',
    env: { ...buildEnv(), ...env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 120_000,
  };
}

/** Runs a command to its end without blocking the test worker, so cases can build side by side. */
function run(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<FixtureBuild> {
  const { env, timeout } = spawnOptions(cwd, extraEnv);
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, timeout });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

/** Builds a copy whose content `mutate` has broken; the result says whether and how the build failed. */
export function buildWithContent(mutate: (contentDir: string) => void): Promise<FixtureBuild> {
  return withProjectCopy((dir) => {
    mutate(join(dir, 'content'));
    return run(bin('astro'), ['build'], dir);
  });
}

/** Builds an unchanged copy of the project with `env`; the result has the build's output. */
export function buildWithEnv(env: Record<string, string>): Promise<FixtureBuild> {
  return withProjectCopy((dir) => run(bin('astro'), ['build'], dir, env));
}

/**
 * Builds a copy of the project with `env` (and its content changed by `mutate`, if given), search index
 * included, and hands its dist/ to `use` before deleting it.
 */
export function withFixtureSite<T>(
  env: Record<string, string>,
  use: (distDir: string) => Promise<T>,
  mutate?: (contentDir: string) => void,
): Promise<T> {
  return withProjectCopy(async (dir) => {
    mutate?.(join(dir, 'content'));
    const result = spawnSync(bin('astro'), ['build'], spawnOptions(dir, env));
    if (result.status !== 0) throw new Error(`fixture astro build failed:\n${result.stdout}\n${result.stderr}`);
    return use(join(dir, 'dist'));
  });
}

/**
 * Rewrites one file of a fixture's content folder, for the bad-content cases. Throws when the change
 * leaves the file as it was (the text it looks for has moved on), so a case can never pass by building
 * good content.
 */
export function editContent(contentDir: string, file: string, change: (text: string) => string): void {
  const path = join(contentDir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`editContent: the edit to content/${file} changed nothing; the text it looks for is gone`);
  writeFileSync(path, after);
}
