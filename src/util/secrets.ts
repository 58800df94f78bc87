/**
 * What counts as a secret in output, by name and by shape, and how it is hidden. Every path that
 * prints a value from the manifest, from AWS or from a container goes through `redactSecrets`.
 */
import { shortHash } from './hash.ts';
import { BoundedMemo } from './memo.ts';

/**
 * Parts of a variable (or flag) name that mark its value as secret. Matched as whole words of the
 * name (split at `_`, `-`, `.` and case changes), so `DB_PASS` and `GH_PAT` match and `PATH` or
 * `KEYBOARD_LAYOUT` do not.
 */
export const SECRET_NAME_WORDS = [
  'PASSWORD',
  'PASSWD',
  'PASS',
  'PWD',
  'SECRET',
  'TOKEN',
  'KEY',
  'APIKEY',
  'PAT',
  'CREDENTIAL',
  'CREDENTIALS',
  'CREDS',
  'PRIVATE',
  'AUTH',
  'DSN',
  'COOKIE',
  'SESSION',
  'SIGNATURE',
  'CERT',
  'PASSPHRASE',
  'PW',
  'HMAC',
  'WEBHOOK',
  'AUTHORIZATION',
  'BEARER',
] as const;

const NAME_WORDS = new Set<string>(SECRET_NAME_WORDS);
/** Glued forms common enough to deserve a match of their own (`APIKEY`, `DBPASSWORD`, `ACCESSTOKEN`). */
const GLUED = /(PASSWORD|PASSWD|SECRET|TOKEN|APIKEY|CREDENTIAL|PASSPHRASE|PRIVATEKEY|WEBHOOK)/;

export function isSecretName(name: string): boolean {
  return secretNames.of(name, namesSecret);
}

function namesSecret(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  return words.some((w) => NAME_WORDS.has(w) || GLUED.test(w));
}

/** Token formats that are secrets whatever they are called. */
const TOKEN_SHAPES: RegExp[] = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  /\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\b(AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}\b/g,
  /\bxox[abprse]-[A-Za-z0-9-]{10,}\b/g,
  /\bsk_(live|test)_[A-Za-z0-9]{16,}\b/g,
  /\bglpat-[A-Za-z0-9_-]{20,}\b/g,
  /\bnpm_[A-Za-z0-9]{30,}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  // OpenAI (`sk-proj-…`) and Anthropic (`sk-ant-…`) style keys, Mailgun's `key-…`.
  /\bsk-[A-Za-z0-9_-]{20,}/g,
  /\bkey-[0-9A-Za-z]{32}\b/g,
];

/** `Authorization: Bearer x`, `Basic x`: the credential after the scheme. */
const AUTH_SCHEME = /\b(Bearer|Basic|Token|Digest)(\s+)([A-Za-z0-9._~+/=-]{6,})/g;
/** `curl -u user:password`: the password part. */
const USER_PASSWORD = /((?:^|\s)(?:-u|--user)\s+["']?[^\s:"']+:)([^\s"']+)/g;
/** The MySQL clients take the password glued to `-p` (`mysql -pS3cret`). */
const MYSQL_CLIENT = /\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b/;
const GLUED_P = /((?:^|\s)-p)([^\s-][^\s]*)/g;

/** `scheme://user:password@host`: the password part. */
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@"']*:)([^\s@/"']+)(@)/gi;
/** `--password=x`, `password: x`, `DB_PASS=x` inside a command line or text. */
const NAMED_VALUE = /(-{0,2}[A-Za-z][A-Za-z0-9_.-]*)(\s*[=:]\s*|\s+)("[^"]*"|'[^']*'|[^\s"',;&]+)/g;

export const HIDDEN = '***';

function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / text.length) * Math.log2(n / text.length);
  return bits;
}

/**
 * A long random-looking run: mixed case and digits, high entropy. Hex digests (sha256:...) top
 * out at 4 bits a character and ARNs are not one run, so neither is caught.
 */
function looksRandom(word: string): boolean {
  return word.length >= 32 && /[a-z]/.test(word) && /[A-Z]/.test(word) && /\d/.test(word) && entropy(word) >= 4.3;
}

const RANDOM_RUN = /[A-Za-z0-9+/_=-]{32,}/g;

/** True when a value has a secret's shape (a token format, a URL with a password, a random run). */
export function looksSecretValue(value: string): boolean {
  return secretValues.of(value, (v) => redactSecrets(v, { names: false }) !== v);
}

// Every job of a manifest usually has the same defaults' environment: each name and value is judged once.
const secretNames = new BoundedMemo<string, boolean>(4096);
const secretValues = new BoundedMemo<string, boolean>(4096);

/**
 * Hides secrets inside a text: token formats, passwords in URLs, values after a secret-looking
 * name (`--password=...`), long random runs. What is not secret is left as it was.
 */
export function redactSecrets(text: string, options: { names?: boolean } = {}): string {
  let out = text;
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, HIDDEN);
  out = out.replace(URL_PASSWORD, (_m, head: string, _pw: string, at: string) => `${head}${HIDDEN}${at}`);
  out = out.replace(AUTH_SCHEME, (_m, scheme: string, space: string) => `${scheme}${space}${HIDDEN}`);
  out = out.replace(USER_PASSWORD, (_m, head: string) => `${head}${HIDDEN}`);
  if (MYSQL_CLIENT.test(out)) out = out.replace(GLUED_P, (_m, flag: string) => `${flag}${HIDDEN}`);
  if (options.names !== false) {
    out = out.replace(NAMED_VALUE, (m, name: string, sep: string, value: string) => {
      if (!isSecretName(name) || value === HIDDEN || /^["']?\*\*\*["']?$/.test(value)) return m;
      // Only a flag (`--token x`) takes its value after a space; and a flag is no flag's value.
      if (/^\s+$/.test(sep) && (value.startsWith('-') || !name.startsWith('-'))) return m;
      return `${name}${sep}${HIDDEN}`;
    });
  }
  out = out.replace(RANDOM_RUN, (run) => (looksRandom(run) ? HIDDEN : run));
  return out;
}

/** A short, stable fingerprint of a value: says whether it changed without saying what it is. */
export function fingerprint(value: string): string {
  return `sha256:${shortHash(value, 8)}`;
}

/** A diff path of an environment variable, e.g. `containerDefinitions[main].environment[API_TOKEN].value`. */
export function environmentVariableOf(path: string): string | undefined {
  return /environment\[([^\]]+)\]/.exec(path)?.[1];
}

/** A diff path of an environment variable whose name looks secret. */
export function isSecretPath(path: string): boolean {
  const name = environmentVariableOf(path);
  return name !== undefined && isSecretName(name);
}

/** A command line as a list: the argument after a secret-looking flag (`--password`, `-p`?) is hidden too. */
export function redactArgv(argv: readonly string[]): string[] {
  const mysql = argv.some((arg) => MYSQL_CLIENT.test(arg));
  return argv.map((arg, i) => {
    const previous = argv[i - 1];
    if (previous !== undefined && /^--?[A-Za-z]/.test(previous) && !previous.includes('=') && isSecretName(previous))
      return HIDDEN;
    if ((previous === '-u' || previous === '--user') && arg.includes(':'))
      return `${arg.slice(0, arg.indexOf(':'))}:${HIDDEN}`;
    if (mysql && /^-p[^-]/.test(arg)) return `-p${HIDDEN}`;
    return redactSecrets(arg);
  });
}
