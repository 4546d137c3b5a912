import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export interface FixtureBuild {
  /** The build's exit code: 0 when it succeeded. */
  status: number | null;
  /** stdout and stderr together, colour codes removed. */
  output: string;
}

/**
 * Builds a copy of the project whose content has been changed by `mutate`, in a temporary folder,
 * so a test can show that bad content stops the build with a useful message, without touching
 * the real content or dist/.
 */
export function buildWithContent(mutate: (contentDir: string) => void): FixtureBuild {
  const dir = mkdtempSync(join(tmpdir(), 'sco-fixture-'));
  try {
    for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    mutate(join(dir, 'content'));
    const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    return { status: result.status, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
