/**
 * One field of a SIE record line: a plain or quoted word, or an object list `{1 "100" 6 "P7"}`
 * (the words inside it, unquoted).
 */
export type SieField = { kind: 'word'; value: string } | { kind: 'list'; values: string[] };

export type SieTokenProblem = 'sie.unterminatedQuote' | 'sie.unterminatedList' | 'sie.nestedList';

export type SieTokens = { ok: true; fields: SieField[] } | { ok: false; key: SieTokenProblem };

const isSpace = (char: string) => char === ' ' || char === '\t';

/**
 * Splits one line of a SIE file into fields, as the SIE 4 format defines them: fields are separated
 * by spaces or tabs; a field with spaces is in quotes, and a quote inside it is written `\"` (a
 * backslash before any other character stands for that character); `{` … `}` is an object list
 * whose words follow the same rules. `""` is an empty field (an optional one left out).
 */
export function tokenizeSieLine(line: string): SieTokens {
  const fields: SieField[] = [];
  let list: string[] | null = null;
  let index = 0;
  while (index < line.length) {
    const char = line[index] as string;
    if (isSpace(char)) {
      index += 1;
      continue;
    }
    if (char === '{') {
      if (list) return { ok: false, key: 'sie.nestedList' };
      list = [];
      index += 1;
      continue;
    }
    if (char === '}') {
      if (!list) return { ok: false, key: 'sie.unterminatedList' };
      fields.push({ kind: 'list', values: list });
      list = null;
      index += 1;
      continue;
    }
    let value = '';
    if (char === '"') {
      index += 1;
      let closed = false;
      while (index < line.length) {
        const next = line[index] as string;
        if (next === '\\' && index + 1 < line.length) {
          value += line[index + 1];
          index += 2;
          continue;
        }
        if (next === '"') {
          closed = true;
          index += 1;
          break;
        }
        value += next;
        index += 1;
      }
      if (!closed) return { ok: false, key: 'sie.unterminatedQuote' };
    } else {
      // An unquoted word ends at a space or at the braces of an object list.
      while (index < line.length) {
        const next = line[index] as string;
        if (isSpace(next) || next === '{' || next === '}' || next === '"') break;
        value += next;
        index += 1;
      }
    }
    if (list) list.push(value);
    else fields.push({ kind: 'word', value });
  }
  if (list) return { ok: false, key: 'sie.unterminatedList' };
  return { ok: true, fields };
}
