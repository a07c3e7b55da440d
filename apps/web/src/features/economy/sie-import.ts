import { type SieLineTarget, type StandardLineCode, standardLineCodes } from '@samsyn/domain';

/**
 * The pure parts of the SIE import page: the file's bytes as base64 for the API (which decodes
 * PC8, a code page browsers cannot), and the account → line choice as one `<select>` value.
 */

/** Base64 of a file's bytes, in chunks so a 5 MB file never overflows the argument list. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let at = 0; at < bytes.length; at += chunk)
    binary += String.fromCharCode(...bytes.subarray(at, at + chunk));
  return btoa(binary);
}

/** `line:<id>`, `standard:<code>` or `ignore`: a target as a select option's value. */
export function targetValue(target: SieLineTarget): string {
  if (target.type === 'line') return `line:${target.lineId}`;
  if (target.type === 'standard') return `standard:${target.code}`;
  return 'ignore';
}

/** The target a select option's value names; null for a value no option has. */
export function targetFromValue(value: string): SieLineTarget | null {
  if (value === 'ignore') return { type: 'ignore' };
  if (value.startsWith('line:')) return { type: 'line', lineId: value.slice(5) };
  const code = value.slice('standard:'.length);
  if (value.startsWith('standard:') && (standardLineCodes as readonly string[]).includes(code))
    return { type: 'standard', code: code as StandardLineCode };
  return null;
}

/** The office's choices so far, as the API takes them. */
export function mappingsOf(chosen: ReadonlyMap<string, SieLineTarget>) {
  return [...chosen].map(([account, target]) => ({ account, target }));
}

export const objectKeyOf = (object: { dimension: number; objectId: string }) =>
  `${object.dimension}|${object.objectId}`;

export function objectMappingsOf(chosen: ReadonlyMap<string, string | null>) {
  return [...chosen].map(([key, interventionId]) => {
    const [dimension = '0', ...rest] = key.split('|');
    return { dimension: Number(dimension), objectId: rest.join('|'), interventionId };
  });
}
