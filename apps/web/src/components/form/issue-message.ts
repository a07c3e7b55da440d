import { sv } from '../../i18n/sv.ts';
import type { MessageKey } from '../../lib/message-key.ts';

/** A stable key from our schemas (`orgNumber.checkDigit`), as opposed to zod's English prose. */
const messageKeyPattern = /^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)*$/;

/** zod's own issue codes (and formats) → catalogue keys, for checks our schemas don't name. */
const byCode: Record<string, MessageKey> = {
  too_small: 'validation.required',
  too_big: 'validation.tooLong',
  'invalid_format:email': 'validation.email',
};

/** `validation.<path>` when the catalogue has a sentence there. */
function validationKey(path: string): MessageKey | null {
  let node: unknown = sv.validation;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? (`validation.${path}` as MessageKey) : null;
}

/**
 * The Swedish sentence (as a catalogue key) for a validation problem, whether it came from the
 * domain's zod schema in the browser or from the API's field issues: our schemas' keys map to
 * `validation.<key>`, zod's codes to a generic sentence, anything else to "Värdet är inte giltigt."
 */
export function issueMessageKey(message: string | undefined, code?: string, format?: string): MessageKey {
  if (message && messageKeyPattern.test(message)) {
    const key = validationKey(message);
    if (key) return key;
  }
  const codeKey =
    (format && byCode[`${code}:${format}`]) || (code && byCode[code]) || (message && byCode[message]);
  return codeKey || 'validation.invalid';
}
