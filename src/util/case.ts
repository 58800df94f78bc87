/**
 * Key spelling between the ECS API (camelCase members) and the places that take the same request
 * in PascalCase: Step Functions' ECS integration and EventBridge Scheduler's universal targets.
 */
const upper = (k: string) => k.charAt(0).toUpperCase() + k.slice(1);
const lower = (k: string) => k.charAt(0).toLowerCase() + k.slice(1);

function rekey(value: unknown, spell: (k: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => rekey(v, spell));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [spell(k), rekey(v, spell)]));
  return value;
}

/** Every key, all the way down, with its first letter upper-cased (values untouched). */
export const pascalKeys = (value: unknown): unknown => rekey(value, upper);

/** Every key, all the way down, with its first letter lower-cased (values untouched). */
export const camelKeys = (value: unknown): unknown => rekey(value, lower);
