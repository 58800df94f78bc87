/**
 * Which images an ECR lifecycle policy expires, by AWS's documented evaluation rules: rules in rulePriority order
 * (lowest first); `tagged` selects images with every tagPrefixList prefix (or tagPatternList pattern, `*` a wildcard)
 * in their tags, `untagged` those with none, `any` all; imageCountMoreThan keeps the newest N pushed of what a rule
 * selects (counting those a higher rule already expires), sinceImagePushed expires those older than N days; an image
 * a rule selects cannot be expired by a lower-priority rule, and no image is expired by two. Pure.
 */

export interface LifecycleImage {
  digest: string;
  tags: string[];
  pushedAt: number;
}

export interface LifecycleRule {
  rulePriority: number;
  description?: string;
  selection: {
    tagStatus: 'tagged' | 'untagged' | 'any';
    tagPrefixList?: string[];
    tagPatternList?: string[];
    countType: 'imageCountMoreThan' | 'sinceImagePushed';
    countUnit?: string;
    countNumber: number;
  };
  action?: { type?: string };
}

const DAY_MS = 86_400_000;

function glob(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

function selects(rule: LifecycleRule, image: LifecycleImage): boolean {
  const { tagStatus, tagPrefixList, tagPatternList } = rule.selection;
  if (tagStatus === 'any') return true;
  if (tagStatus === 'untagged') return image.tags.length === 0;
  if (!image.tags.length) return false;
  if (tagPatternList?.length) return tagPatternList.every((p) => image.tags.some((t) => glob(p).test(t)));
  return (tagPrefixList ?? []).every((p) => image.tags.some((t) => t.startsWith(p)));
}

/** The rules in the order AWS applies them; undefined when the text is not a policy ECR would hold. */
export function lifecycleRules(policyText: string): LifecycleRule[] | undefined {
  let parsed: { rules?: unknown };
  try {
    parsed = JSON.parse(policyText) as { rules?: unknown };
  } catch {
    return undefined;
  }
  const rules = Array.isArray(parsed.rules) ? (parsed.rules as Partial<LifecycleRule>[]) : [];
  const valid = (r: Partial<LifecycleRule>): r is LifecycleRule =>
    typeof r.rulePriority === 'number' &&
    ['tagged', 'untagged', 'any'].includes(String(r.selection?.tagStatus)) &&
    ['imageCountMoreThan', 'sinceImagePushed'].includes(String(r.selection?.countType)) &&
    typeof r.selection?.countNumber === 'number';
  if (!rules.every(valid)) return undefined;
  return [...rules].sort((a, b) => a.rulePriority - b.rulePriority);
}

/** Each image the policy would expire now, with the rule that expires it; undefined for a policy it cannot read. */
export function expiredImages(
  policyText: string,
  images: readonly LifecycleImage[],
  now: number,
): Map<string, LifecycleRule> | undefined {
  const rules = lifecycleRules(policyText);
  if (!rules) return undefined;
  const expired = new Map<string, LifecycleRule>();
  const claimed = new Set<string>();
  for (const rule of rules) {
    if ((rule.action?.type ?? 'expire') !== 'expire') continue;
    const selected = images.filter((i) => selects(rule, i));
    const { countType, countNumber } = rule.selection;
    const expiring =
      countType === 'imageCountMoreThan'
        ? [...selected].sort((a, b) => b.pushedAt - a.pushedAt).slice(countNumber)
        : selected.filter((i) => i.pushedAt < now - countNumber * DAY_MS);
    for (const image of expiring)
      if (!claimed.has(image.digest) && !expired.has(image.digest)) expired.set(image.digest, rule);
    for (const image of selected) claimed.add(image.digest);
  }
  return expired;
}
