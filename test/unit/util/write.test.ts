/** Files the project writes never follow a planted symlink; base files come from the manifest's repository only. */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadManifest } from '../../../src/load/load.ts';
import { UnsafePathError, replaceFile, writeNewFile } from '../../../src/util/write.ts';
import { MANIFEST } from '../../helpers/manifests.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'ecs-batch-write-'));

describe('writing files', () => {
  it('replaceFile writes through no symlink: the target stays as it was', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'precious'), 'keep me');
    symlinkSync(join(dir, 'precious'), join(dir, 'week.svg'));
    expect(() => replaceFile(join(dir, 'week.svg'), '<svg/>')).toThrow(UnsafePathError);
    expect(readFileSync(join(dir, 'precious'), 'utf8')).toBe('keep me');
    replaceFile(join(dir, 'plain.svg'), 'one');
    replaceFile(join(dir, 'plain.svg'), 'two');
    expect(readFileSync(join(dir, 'plain.svg'), 'utf8')).toBe('two');
  });

  it('writeNewFile never overwrites, never follows a dangling symlink, and refuses a symlinked folder', () => {
    const dir = scratch();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      writeFileSync('exists.yml', 'old');
      expect(writeNewFile('exists.yml', 'new')).toBe('exists');
      expect(readFileSync('exists.yml', 'utf8')).toBe('old');
      symlinkSync(join(dir, 'nowhere'), 'dangling.yml');
      expect(writeNewFile('dangling.yml', 'x')).toBe('exists');
      mkdirSync('elsewhere');
      mkdirSync('.github');
      symlinkSync(join(dir, 'elsewhere'), join('.github', 'workflows'));
      expect(() => writeNewFile('.github/workflows/deploy.yml', 'x')).toThrow(/\.github\/workflows is a symbolic link/);
      expect(writeNewFile('a/b/new.yml', 'fresh')).toBe('written');
      expect(readFileSync('a/b/new.yml', 'utf8')).toBe('fresh');
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('base task definition paths', () => {
  const withBase = (path: string) =>
    MANIFEST.replace(
      '    command: [php, artisan, nightly]\n',
      `    command: [php, artisan, nightly]\n    taskDefinition: ${path}\n`,
    );

  it('are read only from inside the manifest repository', () => {
    const outside = scratch();
    writeFileSync(join(outside, 'outside.json'), '{"volumes": []}');
    const repo = scratch();
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'deploy'));
    mkdirSync(join(repo, 'taskdefs'));
    writeFileSync(join(repo, 'taskdefs', 'ok.json'), '{"volumes": []}');
    symlinkSync(join(outside, 'outside.json'), join(repo, 'taskdefs', 'link.json'));
    const load = (path: string) => {
      writeFileSync(join(repo, 'deploy', 'ecs-batch.yml'), withBase(path));
      return loadManifest(join(repo, 'deploy', 'ecs-batch.yml')).diagnostics.filter((d) => d.severity === 'error');
    };
    // Above the manifest's folder, but inside the repository: fine.
    expect(load('../taskdefs/ok.json')).toEqual([]);
    for (const path of [
      `${outside}/outside.json`,
      `../../${outside.split('/').at(-1)}/outside.json`,
      '../taskdefs/link.json',
    ]) {
      const errors = load(path);
      expect([path, errors.map((e) => e.message)]).toEqual([
        path,
        [expect.stringMatching(/is outside the repository/)],
      ]);
      expect(errors[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    }
  });
});
