/** `npm run bench`: figures, not pass/fail (machines here are shared and noisy). */
import { benchDeploy } from './deploy.ts';
import { benchPreflight } from './preflight.ts';
import type { BenchRow } from './stats.ts';
import { benchStatus } from './status.ts';
import { benchValidate } from './validate.ts';

const only = process.argv[2];
const sizes = process.argv.slice(3).map(Number).filter(Boolean);
const print = (title: string, rows: BenchRow[]) => {
  console.log(`\n## ${title}\n`);
  for (const r of rows) console.log(`- ${r.name}: ${r.value}`);
};

if (!only || only === 'validate') print('Validation', benchValidate());
if (!only || only === 'deploy')
  print(
    'Deploy against the emulator (30 ms per call, RegisterTaskDefinition throttled as AWS does: 1/s after a burst of 20)',
    await benchDeploy(sizes.length ? sizes : undefined, sizes.length ? 0 : undefined),
  );
if (!only || only === 'status')
  print('Status from the run history (AWS-sized FilterLogEvents pages, 30 ms per call)', await benchStatus(sizes[0]));
if (!only || only === 'preflight')
  print(
    'Pre-flight reads a plan adds (batched where AWS allows)',
    await benchPreflight(sizes.length ? sizes : undefined),
  );
