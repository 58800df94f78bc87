/** `validate --show-resolved`: each job as it resolves, so what an environment inherits is plain to see. */
import { Document } from 'yaml';
import type { ResolvedManifest } from '../manifest/types.ts';
import { HIDDEN, isSecretName, looksSecretValue, redactSecrets } from '../util/secrets.ts';
import { yamlText } from '../util/yaml-text.ts';

/** The settings of every job after defaults and the environment overlay; plain values that look secret are hidden. */
export function resolvedJobsYaml(manifest: ResolvedManifest): string {
  const jobs = Object.fromEntries(
    manifest.jobs.map((job) => {
      const { schedule: _schedule, baseTaskDefinition: _base, environment, ...rest } = job;
      const shown = Object.fromEntries(
        Object.entries(environment ?? {}).map(([k, v]) => [
          k,
          isSecretName(k) || looksSecretValue(String(v)) ? HIDDEN : redactSecrets(String(v)),
        ]),
      );
      return [job.name, { ...rest, ...(environment ? { environment: shown } : {}) }];
    }),
  );
  const heading = manifest.environment ? `environment ${manifest.environment}` : 'the base manifest';
  const doc = new Document({ resolved: heading, prefix: manifest.prefix, cluster: manifest.cluster, jobs });
  return yamlText(doc, { lineWidth: 0 });
}
