/** The manifest a command works on, or the errors that stop it (printed, with their lines). */
import { DEFAULT_MANIFEST } from '../manifest/defaults.ts';
import type { ResolvedManifest } from '../manifest/types.ts';
import { printErr } from './output.ts';

export async function manifestOrErrors(
  values: { manifest?: string | undefined; environment?: string | undefined },
  now?: number,
): Promise<ResolvedManifest | undefined> {
  const { loadManifest } = await import('../load/load.ts');
  const { formatDiagnostic } = await import('../manifest/diagnostics.ts');
  const loaded = loadManifest(values.manifest ?? DEFAULT_MANIFEST, {
    ...(values.environment ? { environment: values.environment } : {}),
    ...(now !== undefined ? { now } : {}),
  });
  if (!loaded.manifest)
    printErr(
      loaded.diagnostics
        .filter((d) => d.severity === 'error')
        .map(formatDiagnostic)
        .join('\n'),
    );
  return loaded.manifest;
}
