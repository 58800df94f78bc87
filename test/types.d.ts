/** asl-validator ships no types: the shape of its one export, as its README gives it. */
declare module 'asl-validator' {
  export default function aslValidator(definition: unknown): { isValid: boolean; errors: unknown[] };
}
