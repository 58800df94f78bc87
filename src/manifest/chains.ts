/**
 * Job chains (`after:`) and which jobs run through a Step Functions state machine. Pure.
 * A chain starts at a job with a schedule; every other job of it follows one or more jobs of the
 * same chain. Runs go in waves: a wave starts when every job of the previous wave has succeeded
 * (jobs of one wave run in parallel), so fan-out runs in parallel and fan-in waits for all.
 */
import { closest } from '../util/suggest.ts';
import type { Chain, ResolvedJob } from './types.ts';

export type { Chain };

export interface ChainProblem {
  job: string;
  message: string;
}

export function afterList(after: string | string[] | undefined): string[] {
  return after === undefined ? [] : Array.isArray(after) ? after : [after];
}

/** Checks the graph of `after:` and groups the jobs into chains; problems name the job to fix. */
export function chainsOf(jobs: readonly { name: string; after: string[]; scheduled: boolean }[]): {
  chains: Chain[];
  problems: ChainProblem[];
} {
  const problems: ChainProblem[] = [];
  const byName = new Map(jobs.map((j) => [j.name, j]));
  const names = jobs.map((j) => j.name);
  for (const j of jobs) {
    for (const a of j.after) {
      if (a === j.name) problems.push({ job: j.name, message: `job '${j.name}' cannot run after itself` });
      else if (!byName.has(a)) {
        const near = closest(a, names);
        problems.push({
          job: j.name,
          message: `job '${j.name}' runs after '${a}', which is not a job${near ? `; did you mean '${near}'?` : ''}`,
        });
      }
    }
  }
  // Go on with the references that name jobs, so a cycle is reported beside an unknown name.
  for (const j of jobs) (j as { after: string[] }).after = j.after.filter((a) => a !== j.name && byName.has(a));
  // Cycles: walk each job's ancestors.
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): boolean => {
    if (state.get(name) === 'done') return true;
    if (state.get(name) === 'visiting') {
      const cycle = [...stack.slice(stack.indexOf(name)), name];
      problems.push({
        job: name,
        message: `jobs run after each other in a circle: ${cycle.join(' → ')}; a chain must start at a job with a schedule`,
      });
      return false;
    }
    state.set(name, 'visiting');
    stack.push(name);
    const ok = byName.get(name)!.after.every(visit);
    stack.pop();
    state.set(name, 'done');
    return ok;
  };
  for (const j of jobs) if (!visit(j.name)) return { chains: [], problems };
  if (problems.length) return { chains: [], problems };
  // Each follower belongs to exactly one chain: the root its ancestors lead to.
  const rootsOf = new Map<string, Set<string>>();
  const roots = (name: string): Set<string> => {
    const known = rootsOf.get(name);
    if (known) return known;
    const j = byName.get(name)!;
    const found = j.after.length === 0 ? new Set([name]) : new Set(j.after.flatMap((a) => [...roots(a)]));
    rootsOf.set(name, found);
    return found;
  };
  const chains = new Map<string, Chain>();
  for (const j of jobs) {
    if (j.after.length === 0) continue;
    const r = [...roots(j.name)];
    if (r.length > 1) {
      problems.push({
        job: j.name,
        message:
          `job '${j.name}' follows jobs of different chains (started by ${r.join(' and ')}): ` +
          `a job can follow jobs of one chain only`,
      });
      continue;
    }
    if (!byName.get(r[0]!)!.scheduled) continue; // its root has no schedule: reported by the job checks
    chains.set(r[0]!, chains.get(r[0]!) ?? { root: r[0]!, waves: [] });
  }
  // Waves: a job's wave is one more than the latest of the jobs it follows.
  const depth = new Map<string, number>();
  const depthOf = (name: string): number => {
    if (!depth.has(name)) depth.set(name, Math.max(-1, ...byName.get(name)!.after.map(depthOf)) + 1);
    return depth.get(name)!;
  };
  for (const chain of chains.values()) {
    const members = jobs.filter(
      (j) => [...roots(j.name)][0] === chain.root && (j.name === chain.root || j.after.length > 0),
    );
    for (const m of members) {
      const d = depthOf(m.name);
      (chain.waves[d] ??= []).push(m.name);
    }
  }
  return { chains: [...chains.values()], problems };
}

/**
 * Jobs that run through a state machine: in a chain, or asking for retries, a timeout, a start timeout, a concurrency
 * policy, or a watch for missed and late runs (each run is then an execution the watch can find).
 */
export function usesStateMachine(
  job: Pick<ResolvedJob, 'retries' | 'timeoutSeconds' | 'startTimeoutSeconds' | 'concurrency' | 'after' | 'watched'>,
  inChain: boolean,
): boolean {
  return (
    inChain ||
    job.retries > 0 ||
    job.timeoutSeconds !== undefined ||
    job.startTimeoutSeconds !== undefined ||
    job.concurrency !== 'allow' ||
    job.watched === true
  );
}

/**
 * A failure policy beyond "retry a failed or never-started run": such a job's step tells kinds of failure apart
 * (attempts.ts); otherwise Step Functions' own Retry does.
 */
export function hasFailurePolicy(
  job: Pick<ResolvedJob, 'startTimeoutSeconds' | 'retryOn' | 'noRetryExitCodes' | 'spotFallback' | 'retries'>,
): boolean {
  const defaultRetryOn =
    job.retryOn.length === 2 && job.retryOn.includes('failed') && job.retryOn.includes('not-started');
  return (
    job.startTimeoutSeconds !== undefined ||
    (job.retries > 0 && (!defaultRetryOn || Boolean(job.noRetryExitCodes?.length) || job.spotFallback !== undefined))
  );
}
