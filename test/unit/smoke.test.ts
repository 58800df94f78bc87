import { describe, expect, it } from '@jest/globals';
import { loadManifest } from '../../src/load/load.ts';

describe('smoke', () => {
  it('loads the example', () => {
    expect(loadManifest('examples/ecs-batch.yml').valid).toBe(true);
  });
});
