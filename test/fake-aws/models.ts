/**
 * Requests checked against AWS's published API models (botocore's service-2.json, extracted into
 * test/fixtures/aws-api-models.json by scripts/extract-api-models.ts): required members, string and list lengths,
 * numeric ranges, enums and patterns, answered as AWS answers a request that breaks one. One level deeper where AWS
 * parses a document: a Scheduler universal RunTask target's Input (a RunTask request), an ECS rule target's Input (a
 * TaskOverride) and an InputTransformer's template (JSON once its placeholders are filled).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AwsError } from './errors.ts';
import type { Json } from './state.ts';
import { UNIVERSAL_RUN_TASK } from './services/targets.ts';

interface Shape {
  type: string;
  required?: string[];
  members?: Record<string, { shape: string; location?: string; locationName?: string }>;
  member?: { shape: string };
  key?: { shape: string };
  value?: { shape: string };
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
}

interface ServiceModel {
  operations: Record<string, string>;
  shapes: Record<string, Shape>;
}

const MODELS = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'aws-api-models.json'), 'utf8')) as {
  services: Record<string, ServiceModel>;
};

/** The error code each service answers a constraint violation with. */
const ERROR_CODE: Record<string, string> = {
  ecs: 'InvalidParameterException',
  ecr: 'InvalidParameterException',
  logs: 'InvalidParameterException',
  monitoring: 'InvalidParameterValue',
  sns: 'InvalidParameter',
};

const patterns = new Map<string, RegExp | null>();
const compiled = (source: string, flags: string): RegExp | null => {
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
};
/** Models' patterns are ECMA 262 and not implicitly anchored; one that JavaScript cannot compile is not checked. */
function patternOf(source: string): RegExp | null {
  if (!patterns.has(source)) patterns.set(source, compiled(source, 'u') ?? compiled(source, ''));
  return patterns.get(source)!;
}

/** Every constraint the value breaks, as AWS words them ("Value '…' at 'a.b' failed to satisfy constraint: …"). */
export function violations(model: ServiceModel, shapeName: string, value: unknown, path: string): string[] {
  const shape = model.shapes[shapeName];
  if (!shape || value === undefined || value === null) return [];
  const out: string[] = [];
  const shown = typeof value === 'object' ? '[...]' : String(value).slice(0, 80);
  const fail = (constraint: string) =>
    out.push(`Value '${shown}' at '${path}' failed to satisfy constraint: ${constraint}`);
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        fail('Member must be a structure');
        break;
      }
      const v = value as Json;
      for (const name of shape.required ?? [])
        if (v[name] === undefined || v[name] === null)
          out.push(`Value null at '${join2(path, name)}' failed to satisfy constraint: Member must not be null`);
      for (const [name, member] of Object.entries(shape.members ?? {}))
        out.push(...violations(model, member.shape, v[name], join2(path, name)));
      break;
    }
    case 'list': {
      if (!Array.isArray(value)) {
        fail('Member must be a list');
        break;
      }
      if (shape.min !== undefined && value.length < shape.min)
        fail(`Member must have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && value.length > shape.max)
        fail(`Member must have length less than or equal to ${shape.max}`);
      value.forEach((item, i) => out.push(...violations(model, shape.member!.shape, item, `${path}.${i + 1}.member`)));
      break;
    }
    case 'map': {
      if (typeof value !== 'object' || Array.isArray(value)) {
        fail('Member must be a map');
        break;
      }
      const entries = Object.entries(value as Json);
      if (shape.min !== undefined && entries.length < shape.min)
        fail(`Member must have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && entries.length > shape.max)
        fail(`Member must have length less than or equal to ${shape.max}`);
      for (const [k, item] of entries) {
        out.push(...violations(model, shape.key!.shape, k, `${path}.key`));
        out.push(...violations(model, shape.value!.shape, item, `${path}.${k}`));
      }
      break;
    }
    case 'string': {
      if (typeof value !== 'string') {
        fail('Member must be a string');
        break;
      }
      // Lengths count characters (code points).
      const length = [...value].length;
      if (shape.min !== undefined && length < shape.min)
        fail(`Member must have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && length > shape.max)
        fail(`Member must have length less than or equal to ${shape.max}`);
      if (shape.enum && !shape.enum.includes(value))
        fail(`Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
      const pattern = shape.pattern ? patternOf(shape.pattern) : null;
      if (pattern && !pattern.test(value)) fail(`Member must satisfy regular expression pattern: ${shape.pattern}`);
      break;
    }
    case 'integer':
    case 'long':
    case 'double':
    case 'float': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || Number.isNaN(n)) {
        fail('Member must be a number');
        break;
      }
      if (shape.min !== undefined && n < shape.min)
        fail(`Member must have value greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && n > shape.max) fail(`Member must have value less than or equal to ${shape.max}`);
      break;
    }
    default:
      break;
  }
  return out;
}

function join2(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

/** PascalCase request members (a universal target's Input) as the API's own casing: the first letter lowered. */
function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Json).map(([k, v]) => [k.charAt(0).toLowerCase() + k.slice(1), camelKeys(v)]),
    );
  return value;
}

function parsedJson(text: unknown): unknown {
  try {
    return JSON.parse(String(text));
  } catch {
    return undefined;
  }
}

/** The documents inside a request that AWS parses and checks in turn. */
function nestedViolations(service: string, operation: string, input: Json): string[] {
  const ecs = MODELS.services.ecs!;
  const out: string[] = [];
  if (service === 'scheduler' && (operation === 'CreateSchedule' || operation === 'UpdateSchedule')) {
    const target = (input.Target ?? {}) as Json;
    if (target.Arn === UNIVERSAL_RUN_TASK) {
      const request = parsedJson(target.Input);
      if (!request || typeof request !== 'object')
        out.push('Target.Input of an aws-sdk:ecs:runTask target must be a JSON object');
      else out.push(...violations(ecs, ecs.operations.RunTask!, camelKeys(request), 'Target.Input'));
    }
  }
  if (service === 'events' && operation === 'PutTargets') {
    for (const [i, target] of (Array.isArray(input.Targets) ? (input.Targets as Json[]) : []).entries()) {
      if (target.EcsParameters && target.Input !== undefined) {
        const overrides = parsedJson(target.Input);
        if (!overrides || typeof overrides !== 'object') out.push(`Targets.${i + 1}.Input must be a JSON TaskOverride`);
        else out.push(...violations(ecs, 'TaskOverride', overrides, `Targets.${i + 1}.Input`));
      }
      const transformer = target.InputTransformer as Json | undefined;
      const template = typeof transformer?.InputTemplate === 'string' ? transformer.InputTemplate : undefined;
      // A template that is JSON must stay JSON once each <placeholder> is filled: inside a string with text, outside
      // with a value (EventBridge's own example: {"instance": <instance>}).
      const filled = template && /^\s*[{[]/.test(template) ? parsedJson(fillPlaceholders(template)) : undefined;
      if (template && /^\s*[{[]/.test(template) && filled === undefined)
        out.push(`Targets.${i + 1}.InputTransformer.InputTemplate is not valid JSON with its placeholders filled`);
      // An ECS target reads the transformed input as the task's overrides.
      else if (target.EcsParameters && filled !== undefined)
        out.push(...violations(ecs, 'TaskOverride', filled, `Targets.${i + 1}.InputTransformer.InputTemplate`));
    }
  }
  return out;
}

/** Throws the error AWS answers with when the request breaks its operation's model. */
export function checkRequest(service: string, operation: string, input: Json): void {
  const model = MODELS.services[service];
  const shape = model?.operations[operation];
  if (!model || !shape) return;
  const found = [...violations(model, shape, input, ''), ...nestedViolations(service, operation, input)];
  if (!found.length) return;
  const count = `${found.length} validation error${found.length === 1 ? '' : 's'} detected: `;
  throw new AwsError(ERROR_CODE[service] ?? 'ValidationException', count + found.slice(0, 5).join('; '), 400);
}

/** A JSON template with every `<placeholder>` filled: text inside a string, a string value outside one. */
function fillPlaceholders(template: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    const placeholder = ch === '<' ? /^<[^<>\s]+>/.exec(template.slice(i)) : null;
    if (placeholder) {
      out += inString ? 'x' : '"x"';
      i += placeholder[0].length - 1;
      continue;
    }
    if (ch === '"' && template[i - 1] !== '\\') inString = !inString;
    out += ch;
  }
  return out;
}
