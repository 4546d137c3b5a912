import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

/** The environment without what Vitest injects (BASE_URL, MODE…), which would leak into Astro's import.meta.env. */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) {
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
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
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

/** Builds a copy whose content `mutate` has broken; the result says whether and how the build failed. */
export function buildWithContent(mutate: (contentDir: string) => void): Promise<FixtureBuild> {
  return withProjectCopy((dir) => {
    mutate(join(dir, 'content'));
    const result = spawnSync(bin('astro'), ['build'], spawnOptions(dir));
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
  });
}

/** Builds a copy of the project with `env`, search index included, and hands its dist/ to `use` before deleting it. */
export function withFixtureSite<T>(env: Record<string, string>, use: (distDir: string) => Promise<T>): Promise<T> {
  return withProjectCopy(async (dir) => {
    const result = spawnSync(bin('astro'), ['build'], spawnOptions(dir, env));
    if (result.status !== 0) throw new Error(`fixture astro build failed:\n${result.stdout}\n${result.stderr}`);
    return use(join(dir, 'dist'));
  });
}

/** Rewrites one file of a fixture's content folder, for the bad-content cases. */
export function editContent(contentDir: string, file: string, change: (text: string) => string): void {
  const path = join(contentDir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}
