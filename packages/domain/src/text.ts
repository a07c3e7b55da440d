import { z } from 'zod';

/**
 * The one schema for text a person sends: every string input of the API is built from one of the
 * factories below, so a character that cannot be shown, stored or compared honestly is refused at
 * the edge with a stable key (`text.*`) the web app shows beside the field, long before PostgreSQL
 * (which refuses NUL with a 500) or the audit log's JSON (which refuses lone surrogates) sees it.
 *
 * What is refused, and why:
 * - `text.controlCharacter`: C0 and C1 control characters and DEL (U+0000–U+001F, U+007F–U+009F):
 *   NUL breaks PostgreSQL text, the rest are invisible or move the cursor. Multi-line text allows
 *   tab and line feed (CR LF, a lone CR and U+2028/U+2029 become LF first).
 * - `text.lineBreak`: a line break (LF, CR, U+2028, U+2029) in single-line text: names, codes.
 * - `text.invisibleCharacter`: format and default-ignorable characters (Unicode Cf and
 *   Default_Ignorable_Code_Point): bidi controls (U+202A–202E, U+2066–2069, U+200E/F, U+061C),
 *   zero-width characters (U+200B–200D, U+2060, U+FEFF), the soft hyphen U+00AD, Hangul fillers,
 *   tag characters, variation selectors. They make two names look alike or text read backwards
 *   ("Trojan source"). One exception keeps emoji whole: a variation selector 16 (U+FE0F) or a
 *   zero-width joiner directly after an emoji, the joiner also directly before one (👩‍💻, ❤️).
 * - `text.invalidCharacter`: lone UTF-16 surrogates (not a character at all: JSON and UTF-8 cannot
 *   carry them) and Unicode noncharacters (U+FDD0–FDEF, U+xFFFE/U+xFFFF).
 * - `text.stackedMarks`: more than four combining marks on one letter ("Zalgo" text that spills
 *   over the lines above and below); Swedish needs one, no script needs more than four.
 * - `text.noLetterOrDigit` (names only): a name must have a letter or digit to be told apart.
 * - `text.tooLong`: more than MAX_TEXT_LENGTH characters, refused before any of the above is
 *   looked for (each field's own, lower `.max()` gives its own key).
 *
 * Text is trimmed and brought to Unicode NFC, so "Gävle" typed with a combining diaeresis is the
 * same name as the precomposed one. Secrets (passwords, tokens) are neither trimmed nor normalised
 * (that would change an existing password); they refuse only control characters (tab and line
 * breaks included), lone surrogates and noncharacters, which no keyboard types.
 */

export type TextProblem =
  | 'text.tooLong'
  | 'text.controlCharacter'
  | 'text.lineBreak'
  | 'text.invisibleCharacter'
  | 'text.invalidCharacter'
  | 'text.stackedMarks'
  | 'text.noLetterOrDigit';

type Kind = 'singleLine' | 'multiLine' | 'secret';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * C0 without tab, line feed and carriage return (those have their own rules), DEL and C1 (NEL
 * U+0085 included: some systems break lines on it).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const lineBreak = /[\n\r\u2028\u2029]/;
/**
 * Invisible, except the emoji glue: U+FE0F right after an emoji (❤️, 1️⃣), U+200D between two
 * pictographs (👩‍💻, 👩🏽‍💻, ❤️‍🔥).
 */
const invisible =
  /(?<!\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)\u200D|\u200D(?!\p{Extended_Pictographic})|(?<!\p{Emoji})\uFE0F|(?!\u200D|\uFE0F)[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
const stackedMarks = /\p{M}{5}/u;
const letterOrDigit = /[\p{L}\p{N}]/u;

/** U+FDD0–FDEF and the last two code points of every plane: "never a character" by definition. */
function hasNoncharacter(text: string): boolean {
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if ((codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe) return true;
  }
  return false;
}

/** The first problem of `text` as `kind` of text, or null when it is fine. */
export function textProblemOf(text: string, kind: Kind): TextProblem | null {
  if (loneSurrogate.test(text) || hasNoncharacter(text)) return 'text.invalidCharacter';
  if (control.test(text)) return 'text.controlCharacter';
  if (kind === 'secret') return /[\t\n\r]/.test(text) ? 'text.controlCharacter' : null;
  if (kind === 'singleLine' && lineBreak.test(text)) return 'text.lineBreak';
  if (kind === 'singleLine' && text.includes('\t')) return 'text.controlCharacter';
  if (kind === 'multiLine' && /[\r\u2028\u2029]/.test(text)) return 'text.lineBreak';
  if (invisible.test(text)) return 'text.invisibleCharacter';
  if (stackedMarks.test(text)) return 'text.stackedMarks';
  return null;
}

const checkAs = (kind: Kind) => (text: string, ctx: z.RefinementCtx) => {
  const problem = textProblemOf(text, kind);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: text });
};

/** NFC is safe only on well-formed text; ill-formed text is refused by the check after it anyway. */
const toNfc = (text: string) => (loneSurrogate.test(text) ? text : text.normalize('NFC'));

interface TextOptions {
  /** The message when the value is no string at all (default: zod's `invalid_type`). */
  typeError?: string;
}

/**
 * No input of ours is longer than this (the longest field takes 10 000 characters): anything
 * longer is refused at once, before the checks below scan it and their callers' `.max()` does.
 */
const MAX_TEXT_LENGTH = 100_000;

const base = (options: TextOptions) =>
  z
    .string(options.typeError === undefined ? undefined : { error: options.typeError })
    .max(MAX_TEXT_LENGTH, { error: 'text.tooLong', abort: true });

/**
 * One line of text: names, codes, search words, file names. Trimmed, NFC; refuses line breaks,
 * tabs, control, invisible and ill-formed characters. Add `.min()`/`.max()` after it.
 */
export const singleLineText = (options: TextOptions = {}) =>
  base(options).trim().overwrite(toNfc).superRefine(checkAs('singleLine'));

/**
 * Text with line breaks: comments, notes, purposes, results. CR LF and lone CR become LF; tabs are
 * kept; trimmed, NFC; refuses control, invisible and ill-formed characters.
 */
export const multiLineText = (options: TextOptions = {}) =>
  base(options)
    .overwrite((text) => text.replace(/\r\n?|[\u2028\u2029]/g, '\n'))
    .trim()
    .overwrite(toNfc)
    .superRefine(checkAs('multiLine'));

/**
 * A run of text inside a paragraph of a written report section (bold, italic or plain): like
 * multi-line text but NOT trimmed, since the spaces between "the **bold** word" live in the runs.
 */
export const runText = (options: TextOptions = {}) =>
  base(options)
    .overwrite((text) => text.replace(/\r\n?|[\u2028\u2029]/g, '\n'))
    .overwrite(toNfc)
    .superRefine(checkAs('multiLine'));

/** A name people read and tell apart: single-line text with at least one letter or digit. */
export const nameText = (options: TextOptions = {}) =>
  singleLineText(options).refine((text) => text === '' || letterOrDigit.test(text), {
    message: 'text.noLetterOrDigit',
  });

/**
 * A password or token, exactly as typed: not trimmed or normalised (that would change what was
 * hashed); refuses only control characters, lone surrogates and noncharacters.
 */
export const secretText = (options: TextOptions = {}) => base(options).superRefine(checkAs('secret'));

/** One of the factories above: `singleLineText`, `multiLineText`, `nameText`. */
type TextFactory = (options: TextOptions) => z.ZodString;

/**
 * A field that must be filled in, as most forms have: `requiredKey` when it is empty (after
 * trimming) or no text at all, `tooLongKey` past `max` characters.
 */
export const requiredText = (text: TextFactory, max: number, requiredKey: string, tooLongKey: string) =>
  text({ typeError: requiredKey }).min(1, requiredKey).max(max, tooLongKey);

/** A field that may be left empty: one key, `key`, for no text at all and for more than `max` characters. */
export const optionalText = (text: TextFactory, max: number, key: string) =>
  text({ typeError: key }).max(max, key);
