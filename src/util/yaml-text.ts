/** YAML the project writes for people to commit: readable by every YAML reader the same way. */
import { Scalar, visit, type Document, type ToStringOptions } from 'yaml';

/**
 * Characters a YAML 1.1 reader (PyYAML, libyaml-based tools) takes as line breaks (U+0085, U+2028, U+2029), and the
 * other C1 controls: never written raw. A string holding one is double-quoted, and the character escaped in it.
 */
const UNSAFE = /[\u0080-\u009f\u2028\u2029]/g;

export function yamlText(doc: Document, options: ToStringOptions = {}): string {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && new RegExp(UNSAFE.source).test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  // Outside double-quoted strings only comments could hold one, and the writers fold those to spaces first.
  return doc.toString(options).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
