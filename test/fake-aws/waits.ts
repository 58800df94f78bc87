/**
 * Wait states of executions. By default a Wait passes at once (the emulator's tasks take milliseconds, and a retry's
 * backoff would only slow a test); with `hold`, each Wait is held until the test releases it, so a test decides when
 * a watch looks, with no timer racing the machine.
 */
export class WaitGate {
  hold = false;
  private waiting: { state: string; release: () => void }[] = [];

  /** Called by an execution entering a Wait state. */
  enter(state: string): Promise<void> {
    if (!this.hold) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ state, release: resolve }));
  }

  /** The Wait states held now, by name. */
  held(): string[] {
    return this.waiting.map((w) => w.state);
  }

  /** Lets the held Waits that match go on; returns how many. */
  release(matches: (state: string) => boolean = () => true): number {
    const going = this.waiting.filter((w) => matches(w.state));
    this.waiting = this.waiting.filter((w) => !matches(w.state));
    for (const w of going) w.release();
    return going.length;
  }
}
