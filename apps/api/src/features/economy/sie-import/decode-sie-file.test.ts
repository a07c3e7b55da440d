import { encodeCp437 } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { decodeSieFile } from './decode-sie-file.ts';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('decodeSieFile', () => {
  it('reads PC8 (CP437) bytes: å ä ö Å Ä Ö as a bookkeeping system writes them', () => {
    expect(decodeSieFile(base64(new Uint8Array([0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99])))).toBe('åäöÅÄÖ');
    expect(decodeSieFile(base64(encodeCp437('#FNAMN "Samordningsförbundet Testå"')))).toBe(
      '#FNAMN "Samordningsförbundet Testå"',
    );
  });

  it('does not read the same bytes as Latin-1 or UTF-8', () => {
    // 0xE5 is å in Latin-1 but σ in CP437: a file in the wrong code page shows, it is not guessed.
    expect(decodeSieFile(base64(new Uint8Array([0xe5])))).toBe('σ');
  });

  it('reads a file with a UTF-8 byte-order mark as UTF-8', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('#FNAMN "Gävle"')]);
    expect(decodeSieFile(base64(bytes))).toBe('#FNAMN "Gävle"');
  });
});
