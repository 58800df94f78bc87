/**
 * Each job's last run, for a plan's or a deploy's summary: from the run history in a few reads (the newest windows
 * first), so a summary says how the jobs ran, not only what will run. Without `history:`, it says none is kept.
 */
import type { AwsClients } from '../aws/clients.ts';
import type { ResolvedManifest } from '../manifest/types.ts';
import { runsFromHistory } from '../status/history.ts';
import { runText } from './status.ts';
import type { DeploymentReport } from './deployment.ts';

/** FilterLogEvents calls a summary may make (the history's newest windows; `status` reads further). */
export const SUMMARY_HISTORY_CALLS = 4;

export type LastRuns = { kept: false } | { kept: true; runs: Record<string, string>; error?: string };

export async function readLastRuns(clients: AwsClients, manifest: ResolvedManifest, now: number): Promise<LastRuns> {
  if (!manifest.history) return { kept: false };
  try {
    const history = await runsFromHistory(clients, manifest, now, SUMMARY_HISTORY_CALLS);
    const runs: Record<string, string> = {};
    for (const job of manifest.jobs) {
      const readTo = history.cut.get(job.name);
      runs[job.name] = runText(history.runs.get(job.name)?.[0], {
        ...(readTo !== undefined ? { historyReadTo: new Date(readTo).toISOString() } : {}),
      });
    }
    return { kept: true, runs };
  } catch (error) {
    return { kept: true, runs: {}, error: (error as Error).message };
  }
}

/** The report with each job's last run (or a word that no history is kept, or why it could not be read). */
export function withLastRuns(report: DeploymentReport, last: LastRuns): DeploymentReport {
  if (!report.jobs.length) return report;
  if (!last.kept) return { ...report, lastRuns: 'not kept' };
  return {
    ...report,
    lastRuns: 'kept',
    jobs: report.jobs.map((j) => ({ ...j, ...(last.runs[j.job] ? { lastRun: last.runs[j.job] } : {}) })),
    warnings: [...report.warnings, ...(last.error ? [`the last runs could not be read: ${last.error}`] : [])],
  };
}
