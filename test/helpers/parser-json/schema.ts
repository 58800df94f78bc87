/**
 * @actions/workflow-parser imports its JSON schemas without an import attribute, which Jest warns
 * about on every run. jest.config.js maps those two imports here: the same JSON, read as a file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../processes.ts';

export function parserSchema(name: 'workflow' | 'action'): unknown {
  return JSON.parse(
    readFileSync(join(ROOT, `node_modules/@actions/workflow-parser/dist/${name}-v1.0.min.json`), 'utf8'),
  );
}
