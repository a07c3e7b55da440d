import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

const encoder = new TextEncoder();

/** 120 bits of randomness from a 32-letter alphabet that survives copy-paste and URLs. */
export function randomToken(): string {
  const bytes = new Uint8Array(15);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export const sha256Bytes = (secret: string): Uint8Array => sha256(encoder.encode(secret));
export const sha256Hex = (secret: string): string => encodeHexLowerCase(sha256Bytes(secret));
