/** Checks beyond the schema's shape, by topic: what AWS would refuse, and what would not do what it says. */

export * from './job.ts';

export * from './schedule.ts';

export * from './compute.ts';

export * from './logs.ts';

export * from './environment.ts';

export * from './operations.ts';

export type { CheckReporter, JobCheckContext, ManifestCheckContext } from './context.ts';
