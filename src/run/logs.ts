/** Follows one CloudWatch Logs stream forward: every event once, in order, across pages. */
import { GetLogEventsCommand, ResourceNotFoundException } from '@aws-sdk/client-cloudwatch-logs';
import type { AwsClients } from '../aws/clients.ts';

export interface LogLine {
  timestamp: number;
  message: string;
}

export class LogFollower {
  private token: string | undefined;
  readonly group: string;
  readonly stream: string;
  private readonly clients: AwsClients;

  constructor(clients: AwsClients, group: string, stream: string) {
    this.clients = clients;
    this.group = group;
    this.stream = stream;
  }

  /**
   * Reads what arrived since the last call. The forward token is how CloudWatch avoids
   * duplicates: when it comes back unchanged, there is nothing newer yet.
   */
  async poll(): Promise<LogLine[]> {
    const lines: LogLine[] = [];
    for (;;) {
      let out;
      try {
        out = await this.clients.logs.send(
          new GetLogEventsCommand({
            logGroupName: this.group,
            logStreamName: this.stream,
            startFromHead: true,
            ...(this.token ? { nextToken: this.token } : {}),
          }),
        );
      } catch (error) {
        // The stream appears when the container starts; until then there is nothing to read.
        if (error instanceof ResourceNotFoundException) return lines;
        throw error;
      }
      for (const e of out.events ?? []) lines.push({ timestamp: e.timestamp ?? 0, message: e.message ?? '' });
      const next = out.nextForwardToken;
      const done = !next || next === this.token || (out.events ?? []).length === 0;
      this.token = next ?? this.token;
      if (done) return lines;
    }
  }
}
