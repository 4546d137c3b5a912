import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export interface FixtureBuild {
  /** The build's exit code: 0 when it succeeded. */
  status: number | null;
  /** stdout and stderr together, colour codes removed. */
  output: string;
}

export interface FixtureOptions<T> {
  /** Changes the copy's content/ folder before the build. */
  mutate?: (contentDir: string) => void;
  /** Extra environment for the build, such as SITE_BASE. */
  env?: Record<string, string>;
  /** Reads the copy's dist/ folder before it is deleted. */
  inspect?: (distDir: string) => T;
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
 * Builds a copy of the project in a temporary folder, with its content changed or its environment set,
 * so a test can show how the build treats bad content or another deployment without touching the real
 * content or dist/.
 */
export function buildFixture<T = undefined>(options: FixtureOptions<T>): FixtureBuild & { inspected?: T } {
  const dir = mkdtempSync(join(tmpdir(), 'sco-fixture-'));
  try {
    for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    options.mutate?.(join(dir, 'content'));
    const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...buildEnv(), ...options.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    const inspected = result.status === 0 && options.inspect ? options.inspect(join(dir, 'dist')) : undefined;
    return { status: result.status, output, ...(inspected !== undefined && { inspected }) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Builds a copy of the project with `env`, indexes it with Pagefind as `npm run build` does, and hands
 * its dist/ to `use` (which may be async) before deleting it.
 */
export async function withFixtureSite<T>(env: Record<string, string>, use: (distDir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'sco-site-'));
  try {
    for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const options = { cwd: dir, encoding: 'utf8' as const, env: { ...buildEnv(), ...env, NODE_ENV: 'production' }, timeout: 120_000 };
    const build = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], options);
    if (build.status !== 0) throw new Error(`fixture build failed:\n${build.stdout}\n${build.stderr}`);
    const index = spawnSync(join(root, 'node_modules/.bin/pagefind'), ['--site', 'dist'], options);
    if (index.status !== 0) throw new Error(`fixture index failed:\n${index.stdout}\n${index.stderr}`);
    return await use(join(dir, 'dist'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds a copy whose content `mutate` has broken; the result says whether and how the build failed. */
export function buildWithContent(mutate: (contentDir: string) => void): FixtureBuild {
  return buildFixture({ mutate });
}

/** Rewrites one file of a fixture's content folder, for the bad-content cases. */
export function editContent(contentDir: string, file: string, change: (text: string) => string): void {
  const path = join(contentDir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}
