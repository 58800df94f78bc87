/** Lifecycle policies the tests put on repositories, in ECR's JSON. */

/** Expires images tagged with `prefix` once they are older than `days` (ECR's sinceImagePushed). */
export function expireTaggedPolicy(prefix: string, days: number, description: string): string {
  return JSON.stringify({
    rules: [
      {
        rulePriority: 1,
        description,
        selection: {
          tagStatus: 'tagged',
          tagPrefixList: [prefix],
          countType: 'sinceImagePushed',
          countUnit: 'days',
          countNumber: days,
        },
        action: { type: 'expire' },
      },
    ],
  });
}
