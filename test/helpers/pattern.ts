/** A long regular expression written in pieces (each a RegExp literal, so escapes read as they match). */
export function joined(...parts: RegExp[]): RegExp {
  return new RegExp(parts.map((p) => p.source).join(''));
}
