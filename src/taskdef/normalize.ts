/**
 * Task definitions in one canonical form, so a rendered request and what DescribeTaskDefinition
 * returns compare equal when they mean the same: AWS adds read-only fields and defaults that
 * RegisterTaskDefinition does not take.
 */
import type { ContainerDefinition, RegisterTaskDefinitionCommandInput, Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import { TASK_DEFINITION_FIELDS } from '../aws/limits.ts';
import { APPLIED_TAG } from '../manifest/names.ts';
import { canonical } from '../util/diff.ts';

/** The fields RegisterTaskDefinition accepts, besides tags (compared on their own). */
const REGISTRABLE = [...TASK_DEFINITION_FIELDS].filter((field) => field !== 'tags');

/** `1 vCPU` and `1024` are the same to ECS. */
function size(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const vcpu = /^([\d.]+)\s*vcpu$/i.exec(value.trim());
  if (vcpu) return String(Number(vcpu[1]) * 1024);
  const gb = /^([\d.]+)\s*gb$/i.exec(value.trim());
  if (gb) return String(Number(gb[1]) * 1024);
  return value.trim();
}

function container(c: ContainerDefinition): ContainerDefinition {
  const { cpu, essential, environment, secrets, ...rest } = c;
  const byName = <T extends { name?: string | undefined }>(list: T[] | undefined) =>
    [...(list ?? [])].sort((a, b) => String(a.name).localeCompare(String(b.name)));
  return {
    ...rest,
    // Defaults AWS fills in: cpu 0, essential true.
    ...(cpu ? { cpu } : {}),
    ...(essential === false ? { essential } : {}),
    environment: byName(environment),
    secrets: byName(secrets),
  };
}

export function normalizeTaskDefinition(
  td: RegisterTaskDefinitionCommandInput | TaskDefinition,
): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of REGISTRABLE) picked[key] = (td as Record<string, unknown>)[key];
  picked.cpu = size(td.cpu);
  picked.memory = size(td.memory);
  picked.containerDefinitions = (td.containerDefinitions ?? []).map(container);
  picked.requiresCompatibilities = [...(td.requiresCompatibilities ?? [])].sort();
  return (canonical(picked) ?? {}) as Record<string, unknown>;
}

/** Tags as a map; the applied-schedule fingerprint is bookkeeping, not part of the definition. */
export function normalizeTags(tags: Tag[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of [...(tags ?? [])].sort((a, b) => String(a.key).localeCompare(String(b.key))))
    if (t.key !== APPLIED_TAG) out[String(t.key)] = String(t.value ?? '');
  return out;
}
