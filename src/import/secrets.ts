/** What `import` must not write into a repository: secrets in environments, commands and base task definitions. */
import { HIDDEN, isSecretName, looksSecretValue, redactArgv } from '../util/secrets.ts';

/** The environment without secret-looking variables (by name or by value); each one dropped is for a person to move. */
export function withoutSecrets(
  environment: Record<string, string>,
  where: string,
  decide: string[],
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(environment)) {
    if (isSecretName(name) || looksSecretValue(value))
      decide.push(
        `environment ${name} of ${where} looks like a secret: its value was not written; store it in ` +
          `Secrets Manager or SSM and list it under secrets:`,
      );
    else kept[name] = value;
  }
  return kept;
}

/**
 * A base file is committed to the repository: every string in it is judged as a secret would be (its key or its
 * `name` as the name, its value by shape; command lines argument by argument), and one that looks secret is written
 * as *** with a DECIDE line naming where it was.
 */
export function scrubbed(value: unknown, path: string, decide: string[], name?: string): unknown {
  const hide = (where: string) => {
    decide.push(
      `the base task definition's ${where} looks like a secret: written as ***; store it in Secrets Manager or SSM ` +
        '(and pass it through secrets:) before you commit',
    );
    return HIDDEN;
  };
  if (typeof value === 'string')
    return (name !== undefined && isSecretName(name)) || looksSecretValue(value) ? hide(path) : value;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) {
      const argv = redactArgv(value as string[]);
      if (JSON.stringify(argv) !== JSON.stringify(value))
        decide.push(
          `the base task definition's ${path} carries a secret, written as ***: pass it through secrets: instead`,
        );
      return argv;
    }
    return value.map((v, i) => scrubbed(v, `${path}[${i}]`, decide));
  }
  if (value && typeof value === 'object') {
    const entry = value as Record<string, unknown>;
    // `{ name, value }` pairs (environment, options lists): the name says what the value is.
    if (typeof entry.name === 'string' && typeof entry.value === 'string')
      return { ...entry, value: scrubbed(entry.value, `${path}.${entry.name}`, decide, entry.name) };
    return Object.fromEntries(
      Object.entries(entry).map(([k, v]) => [k, scrubbed(v, path ? `${path}.${k}` : k, decide, k)]),
    );
  }
  return value;
}
