/** A problem found in the manifest, located in the file the user edits. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  file: string;
  line: number;
  column: number;
  /** Dotted path of the manifest key, e.g. `jobs.nightly.schedule`. */
  path: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

export function pathToString(path: readonly (string | number)[]): string {
  return path.map((p) => String(p)).join('.');
}

/** Raised for a manifest that cannot be used; carries every diagnostic found. */
export class ManifestError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(errors.map(formatDiagnostic).join('\n') || 'the manifest is invalid');
    this.name = 'ManifestError';
    this.diagnostics = diagnostics;
  }
}
