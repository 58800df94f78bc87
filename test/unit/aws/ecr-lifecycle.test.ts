/** The lifecycle evaluator on the examples AWS's ECR user guide works through ("Examples of lifecycle policies"). */
import { describe, expect, it } from '@jest/globals';
import { expiredImages, type LifecycleImage } from '../../../src/aws/ecr-lifecycle.ts';

const NOW = Date.parse('2026-12-07T00:00:00Z');
const DAY = 86_400_000;
const image = (digest: string, tags: string[], daysAgo: number): LifecycleImage => ({
  digest,
  tags,
  pushedAt: NOW - daysAgo * DAY,
});
const rule = (priority: number, selection: Record<string, unknown>) => ({
  rulePriority: priority,
  description: `Rule ${priority}`,
  selection,
  action: { type: 'expire' },
});
const expired = (rules: unknown[], images: LifecycleImage[]) =>
  [...expiredImages(JSON.stringify({ rules }), images, NOW)!.keys()].sort();

describe('ECR lifecycle evaluation (AWS examples)', () => {
  it('filtering on image age: prod* images older than 14 days', () => {
    const rules = [
      rule(1, {
        tagStatus: 'tagged',
        tagPatternList: ['prod*'],
        countType: 'sinceImagePushed',
        countUnit: 'days',
        countNumber: 14,
      }),
    ];
    expect(
      expired(rules, [image('old', ['prod-1'], 20), image('new', ['prod-2'], 3), image('dev', ['dev-1'], 30)]),
    ).toEqual(['old']);
  });

  it('filtering on image count: keeps one untagged image', () => {
    const rules = [rule(1, { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 1 })];
    expect(expired(rules, [image('u1', [], 3), image('u2', [], 2), image('u3', [], 1), image('t', ['v1'], 9)])).toEqual(
      ['u1', 'u2'],
    );
  });

  const AB = [
    rule(1, { tagStatus: 'tagged', tagPrefixList: ['prod'], countType: 'imageCountMoreThan', countNumber: 1 }),
    rule(2, { tagStatus: 'tagged', tagPrefixList: ['beta'], countType: 'imageCountMoreThan', countNumber: 1 }),
  ];

  it('example A: rule 2 may not expire image B, which rule 1 (a higher priority) selected: only A expires', () => {
    const images = [
      image('A', ['beta-1', 'prod-1'], 10),
      image('B', ['beta-2', 'prod-2'], 9),
      image('C', ['beta-3'], 8),
    ];
    expect(expired(AB, images)).toEqual(['A']);
  });

  it('example B: rule 1 expires A and B; rule 2 sees them and expires nothing more', () => {
    const images = [
      image('A', ['beta-1', 'prod-1'], 10),
      image('B', ['beta-2', 'prod-2'], 9),
      image('C', ['beta-3', 'prod-3'], 8),
    ];
    expect(expired(AB, images)).toEqual(['A', 'B']);
  });

  it('several prefixes in one rule select only images with every one of them', () => {
    const rules = [
      rule(1, {
        tagStatus: 'tagged',
        tagPrefixList: ['alpha', 'beta'],
        countType: 'sinceImagePushed',
        countUnit: 'days',
        countNumber: 5,
      }),
    ];
    const images = [
      image('both', ['alpha-1', 'beta-1'], 10),
      image('alpha', ['alpha-2'], 10),
      image('beta', ['beta-2'], 10),
    ];
    expect(expired(rules, images)).toEqual(['both']);
  });

  it('a higher-priority keep rule (a huge count) protects what it selects from an `any` rule', () => {
    const rules = [
      rule(1, {
        tagStatus: 'tagged',
        tagPrefixList: ['ecs-batch-'],
        countType: 'imageCountMoreThan',
        countNumber: 9999,
      }),
      rule(2, { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 1 }),
    ];
    const images = [image('live', ['ecs-batch-etl-live'], 30), image('old', ['v1'], 20), image('newest', ['v2'], 1)];
    expect(expired(rules, images)).toEqual(['old']);
  });

  it('a policy it cannot read is said so, not guessed at', () => {
    expect(expiredImages('{"rules":[{"custom":true}]}', [image('a', [], 1)], NOW)).toBeUndefined();
    expect(expiredImages('not json', [], NOW)).toBeUndefined();
  });
});
