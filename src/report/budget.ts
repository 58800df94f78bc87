/** Markdown within GitHub's limits: lines kept while they fit, then what was left out and where the whole is. */
import { COMMENT_BODY_MAX, STEP_OUTPUT_MAX_BYTES, STEP_SUMMARY_MAX_BYTES } from '../util/github-limits.ts';
import { mdLink } from '../util/untrusted.ts';

export interface MarkdownLimit {
  /** The most the markdown may be, in `unit`s (GitHub's limit for where it goes). */
  max: number;
  unit: 'characters' | 'bytes';
  /** Where the whole is, when this is cut: a sentence such as "the whole plan is in the job summary of this run". */
  whole: string;
}

/** The first line of the sticky PR comment of a manifest prefix (how the comment is found again). */
export function commentMarker(prefix: string): string {
  return `<!-- ecs-batch:plan:${prefix} -->`;
}

/** A summary (and its copy in an output) within GitHub's limits: the smaller of a summary's and an output's. */
export function summaryLimit(whole: string): MarkdownLimit {
  return { max: Math.min(STEP_SUMMARY_MAX_BYTES, STEP_OUTPUT_MAX_BYTES), unit: 'bytes', whole };
}

/** This workflow run's page, where its job summaries are (in a GitHub Actions job). */
export function workflowRunUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

/** A comment body (after its marker line) within GitHub's limit; when cut, it points at the run's summary. */
export function commentLimit(marker: string, runUrl = workflowRunUrl()): MarkdownLimit {
  const summary = runUrl ? mdLink('the job summary of this run', runUrl) : 'the job summary of this run';
  return { max: COMMENT_BODY_MAX - marker.length - 1, unit: 'characters', whole: `the whole plan is in ${summary}` };
}

/** Lines added while they fit, then one line saying what was left out. */
export class Budgeted {
  private readonly out: string[] = [];
  private used = 0;
  private readonly limit: (MarkdownLimit & { size: (text: string) => number }) | undefined;
  constructor(limit?: MarkdownLimit & { size: (text: string) => number }) {
    this.limit = limit;
  }
  /** What the closing notes need: kept free until the end. */
  private static readonly RESERVE = 2_000;
  push(...lines: string[]): void {
    for (const line of lines) {
      this.out.push(line);
      this.used += (this.limit?.size(line) ?? 0) + 1;
    }
  }
  fits(lines: readonly string[]): boolean {
    if (!this.limit) return true;
    const more = lines.reduce((n, l) => n + this.limit!.size(l) + 1, 0);
    return this.used + more <= this.limit.max - Budgeted.RESERVE;
  }
  /** Adds items' lines in order while they fit; returns how many were left out. */
  items<T>(items: readonly T[], linesOf: (item: T) => string[]): number {
    for (let i = 0; i < items.length; i++) {
      const lines = linesOf(items[i]!);
      if (!this.fits(lines)) return items.length - i;
      this.push(...lines);
    }
    return 0;
  }
  leftOut(count: number, what: string): void {
    if (count) this.push(`*…and ${count} more ${what}; ${this.limit?.whole ?? 'see the whole plan'}.*`, '');
  }
  text(): string {
    return this.out.join('\n');
  }
}
