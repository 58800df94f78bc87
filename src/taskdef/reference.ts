/** Image references, parsed without any AWS code (the CLI checks --image before loading the SDK). */

export interface ImageReference {
  /** Registry host, e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com (empty for Docker Hub shorthand). */
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

export function parseImageReference(text: string): ImageReference | undefined {
  const trimmed = text.trim();
  const at = trimmed.indexOf('@');
  const digest = at >= 0 ? trimmed.slice(at + 1) : undefined;
  const rest = at >= 0 ? trimmed.slice(0, at) : trimmed;
  if (digest !== undefined && !DIGEST.test(digest)) return undefined;
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : '';
  if (hasRegistry && !/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(registry)) return undefined;
  const path = hasRegistry ? rest.slice(slash + 1) : rest;
  const colon = path.lastIndexOf(':');
  const tag = colon >= 0 ? path.slice(colon + 1) : undefined;
  const repository = colon >= 0 ? path.slice(0, colon) : path;
  if (!/^[a-z0-9]+(?:[._\-/][a-z0-9]+)*$/.test(repository)) return undefined;
  if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag)) return undefined;
  return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest ? { digest } : {}) };
}
