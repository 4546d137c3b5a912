import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../support/dist.ts';

// The W3C Nu HTML Checker (npm `vnu-jar`, run with Java) parses as browsers do, so it catches what
// html-validate cannot, such as a script after </html>. One run checks every page.
const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('the Nu HTML Checker', () => {
  it('finds no error in any built page', () => {
    const files = builtPages().map(({ file }) => file);
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.error) throw new Error(`Java is needed to run the Nu HTML Checker: ${run.error.message}`);
    const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: NuMessage[] };
    const errors = messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal' || message.type === 'non-document-error')
      .map((message) => `${relative(distDir, (message.url ?? '').replace(/^file:/, ''))}:${message.lastLine ?? '?'}: ${message.message}${message.extract ? `\n    ${message.extract.replace(/\s+/g, ' ')}` : ''}`);
    expect(files.length).toBeGreaterThan(5);
    expect(errors, errors.join('\n')).toEqual([]);
  }, 120_000);
});
