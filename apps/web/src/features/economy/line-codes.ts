import { suggestSlug } from '@samsyn/domain';

/** A code for a new line from its name, unique among `taken`: "Kassa och bank" → "kassa-och-bank". */
export function codeFor(name: string, taken: ReadonlySet<string>): string {
  const base = suggestSlug(name).slice(0, 50) || 'rad';
  let code = base;
  for (let n = 2; taken.has(code); n += 1) code = `${base}-${n}`;
  return code;
}

/**
 * Lines with a code each: kept where they have one (saved lines), made from the name where they
 * do not (lines added in the editor), never two alike.
 */
export function withCodes<Line extends { code: string; name: string }>(lines: readonly Line[]): Line[] {
  const taken = new Set(lines.filter((line) => line.code).map((line) => line.code));
  return lines.map((line) => {
    if (line.code) return line;
    const code = codeFor(line.name, taken);
    taken.add(code);
    return { ...line, code };
  });
}
