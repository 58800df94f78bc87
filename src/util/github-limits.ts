/** What GitHub accepts from a step: past these, it refuses the write (or cuts it), so every writer fits within them. */

/** An issue or pull request comment's body, in characters (GitHub answers 422 past it). */
export const COMMENT_BODY_MAX = 65_536;
/** A step's job summary, in bytes (1 MiB; past it the summary is not shown). */
export const STEP_SUMMARY_MAX_BYTES = 1_048_576;
/** One step output, in bytes ("a maximum of 1 MB"). */
export const STEP_OUTPUT_MAX_BYTES = 1_000_000;

/** A text's size as GitHub counts it for a limit: characters for a comment, bytes for a summary or an output. */
export const sizeIn = (unit: 'characters' | 'bytes') =>
  unit === 'bytes' ? (text: string) => Buffer.byteLength(text, 'utf8') : (text: string) => text.length;
