/** The schema validator is compiled at build time: the committed code must be what the schema compiles to. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { OUTPUT, compiledSchema } from '../../scripts/compile-schema.ts';

describe('the compiled schema validator', () => {
  it('matches schema/ecs-batch.schema.json (run node scripts/compile-schema.ts after editing the schema)', () => {
    expect(readFileSync(OUTPUT, 'utf8') === compiledSchema()).toBe(true);
  });
});
