import type { FakeState, Json } from './state.ts';
import type { TaskSimulation } from './tasks.ts';
import type { WaitGate } from './waits.ts';

/** What every service handler can use. */
export interface ServiceContext {
  state: FakeState;
  /** The emulator's clock (real time, or a clock the test moves). */
  now(): number;
  /** The most items any listing returns in one page. */
  pageCap: number;
  tasks: TaskSimulation;
  /** Wait states of executions (pass at once, or held until the test releases them). */
  waits: WaitGate;
  /**
   * A call AWS makes on the account's behalf with a role the user gave it (a schedule's or a state machine's): kept in
   * the call log with the principal, so tests can check that role's policy allows it. Called before the call.
   */
  serviceCall?(principal: ServicePrincipal, service: string, operation: string, input: Json): void;
}

/** Which role a call AWS makes runs as: a schedule's or rule's target role, or a state machine's role. */
export type ServicePrincipal = 'scheduler' | 'state-machine';

export type Handler = (input: Json, ctx: ServiceContext) => Json | Promise<Json>;
export type Operations = Readonly<Record<string, Handler>>;

/** Seconds since the epoch, as AWS's JSON protocols send timestamps. */
export function epochSeconds(ms: number): number {
  return ms / 1000;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function list<T = Json>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}
