/**
 * `npm test`: every stage, in order, each on its own. A stage that fails does not stop the ones after it
 * (their findings are worth having too), except that the built-site stages need the build. The summary
 * names each stage with its result and time, and the exit code is non-zero when any stage failed.
 */
import { spawn } from 'node:child_process';

interface Stage {
  name: string;
  command: string[];
  /** Stages whose success this one needs, by name. */
  needs?: string[];
}

const stages: Stage[] = [
  { name: 'check', command: ['astro', 'check'] },
  { name: 'unit', command: ['vitest', 'run', 'tests/unit'] },
  { name: 'bad-content', command: ['vitest', 'run', 'tests/bad-content'] },
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  { name: 'built', command: ['vitest', 'run', 'tests/built'], needs: ['build'] },
  { name: 'e2e', command: ['playwright', 'test'], needs: ['build'] },
  { name: 'engines', command: ['vitest', 'run', 'tests/engines'], needs: ['build'] },
];

type Outcome = 'passed' | 'failed' | 'not run';

function run(command: string[]): Promise<number> {
  const [program = '', ...args] = command;
  return new Promise((done) => {
    const child = spawn(program, args, { stdio: 'inherit', env: program === 'npm' ? { ...process.env, NODE_ENV: 'production' } : process.env });
    child.on('error', (error) => {
      console.error(`${program}: ${error.message}`);
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

const only = process.argv.slice(2);
const results: { name: string; outcome: Outcome; seconds: number; why?: string }[] = [];
for (const stage of stages) {
  if (only.length && !only.includes(stage.name)) continue;
  const missing = (stage.needs ?? []).filter((need) => results.some((r) => r.name === need && r.outcome !== 'passed'));
  if (missing.length) {
    results.push({ name: stage.name, outcome: 'not run', seconds: 0, why: `needs ${missing.join(', ')}` });
    continue;
  }
  console.log(`\n━━ ${stage.name}: ${stage.command.join(' ')}`);
  const start = performance.now();
  const code = await run(stage.command);
  results.push({ name: stage.name, outcome: code === 0 ? 'passed' : 'failed', seconds: (performance.now() - start) / 1000 });
}

const passed = results.filter((r) => r.outcome === 'passed').length;
const failed = results.filter((r) => r.outcome !== 'passed');
console.log('\n━━ npm test, stage by stage');
for (const r of results) console.log(`  ${r.outcome.padEnd(8)} ${r.name.padEnd(12)} ${r.seconds.toFixed(0).padStart(4)} s${r.why ? `  (${r.why})` : ''}`);
if (failed.length) console.log(`\nFailed: ${failed.map((r) => r.name).join(', ')}`);
console.log(`Stages: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
