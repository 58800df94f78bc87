/** Names of variables that probably hold secrets: their values are never shown. */
export const SECRET_LOOKING_NAME = /PASSWORD|SECRET|TOKEN|KEY/i;

/** A diff path of an environment variable whose name looks secret, e.g. `...environment[API_TOKEN].value`. */
export function isSecretPath(path: string): boolean {
  const name = /environment\[([^\]]+)\]/.exec(path)?.[1];
  return name !== undefined && SECRET_LOOKING_NAME.test(name);
}
