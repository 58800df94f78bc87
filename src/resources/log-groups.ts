/** CloudWatch Logs groups the jobs' awslogs driver writes to: created first (a missing group stops a task from starting). */
import { allow } from '../aws/policy.ts';
import {
  CreateLogGroupCommand,
  ListTagsForResourceCommand,
  PutRetentionPolicyCommand,
  ResourceAlreadyExistsException,
  paginateDescribeLogGroups,
} from '@aws-sdk/client-cloudwatch-logs';
import { PAGE_SIZE } from '../aws/limits.ts';
import { OWNER_TAG } from '../manifest/names.ts';

import type { ObservedLogGroup } from '../model/observed.ts';
import { mapLimit } from '../util/concurrency.ts';
import { PHASE, READ_CONCURRENCY, UNSCOPED_READS, logGroupArns, type ResourceKind } from './kind.ts';

export interface LogGroupChange {
  kind: 'log-group';
  action: 'create' | 'set-retention' | 'unchanged';
  name: string;
  retentionDays?: number;
  tags?: Record<string, string>;
  reason: string;
}

export const logGroups: ResourceKind<LogGroupChange> = {
  kinds: ['log-group'],

  async observe(clients, req) {
    const found = await mapLimit(
      req.logGroups,
      READ_CONCURRENCY,
      async (name): Promise<ObservedLogGroup | undefined> => {
        for await (const page of paginateDescribeLogGroups(
          { client: clients.logs, pageSize: PAGE_SIZE.DescribeLogGroups },
          { logGroupNamePrefix: name },
        )) {
          const group = page.logGroups?.find((g) => g.logGroupName === name);
          if (!group) continue;
          const arn = group.arn!.replace(/:\*$/, '');
          const tags = await clients.logs.send(new ListTagsForResourceCommand({ resourceArn: arn }));
          return {
            name,
            ...(group.retentionInDays !== undefined ? { retentionInDays: group.retentionInDays } : {}),
            managed: tags.tags?.[OWNER_TAG] === req.prefix,
          };
        }
        return undefined;
      },
    );
    return {
      logGroups: Object.fromEntries(
        found.filter((g): g is ObservedLogGroup => g !== undefined).map((g) => [g.name, g]),
      ),
    };
  },

  plan({ desired, observed }) {
    const changes: LogGroupChange[] = [];
    const warnings: string[] = [];
    const { prefix } = desired;
    for (const group of desired.logGroups) {
      const found = observed.logGroups[group.name];
      if (!found) {
        changes.push({
          kind: 'log-group',
          action: 'create',
          name: group.name,
          ...(group.retentionDays !== undefined ? { retentionDays: group.retentionDays } : {}),
          tags: { [OWNER_TAG]: prefix },
          reason: 'does not exist',
        });
      } else if (group.retentionDays !== undefined && found.retentionInDays !== group.retentionDays) {
        if (found.managed) {
          changes.push({
            kind: 'log-group',
            action: 'set-retention',
            name: group.name,
            retentionDays: group.retentionDays,
            reason: `retention ${found.retentionInDays ?? 'never expire'} → ${group.retentionDays} days`,
          });
        } else {
          warnings.push(
            `log group ${group.name} was not created by ecs-batch (no ${OWNER_TAG}=${prefix} tag): ` +
              `its retention (${found.retentionInDays ?? 'never expire'}) is left as is; ` +
              `tag it to let ecs-batch set ${group.retentionDays} days`,
          );
          changes.push({
            kind: 'log-group',
            action: 'unchanged',
            name: group.name,
            reason: 'exists (not managed by ecs-batch)',
          });
        }
      } else {
        changes.push({ kind: 'log-group', action: 'unchanged', name: group.name, reason: 'exists' });
      }
    }
    return { changes, warnings };
  },

  iam({ desired, arn, write }) {
    const groups = logGroupArns(
      desired.logGroups.map((g) => g.name),
      desired.prefix,
      arn,
    );
    return [
      ...allow(UNSCOPED_READS, ['logs:DescribeLogGroups'], ['*']),
      ...allow(
        'LogGroups',
        [
          'logs:ListTagsForResource',
          ...(write ? ['logs:CreateLogGroup', 'logs:PutRetentionPolicy', 'logs:TagResource'] : []),
        ],
        groups,
      ),
    ];
  },

  phase: () => PHASE.logs,

  async apply({ clients }, c) {
    if (c.action === 'create') {
      try {
        await clients.logs.send(
          new CreateLogGroupCommand({ logGroupName: c.name, ...(c.tags ? { tags: c.tags } : {}) }),
        );
      } catch (error) {
        // Created since we looked (e.g. a concurrent deploy): the goal is reached.
        if (!(error instanceof ResourceAlreadyExistsException)) throw error;
      }
    }
    if (c.retentionDays !== undefined)
      await clients.logs.send(
        new PutRetentionPolicyCommand({ logGroupName: c.name, retentionInDays: c.retentionDays }),
      );
    return undefined;
  },
};
