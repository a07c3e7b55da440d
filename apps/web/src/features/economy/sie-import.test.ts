import { describe, expect, it } from 'vitest';
import { bytesToBase64, objectMappingsOf, targetFromValue, targetValue } from './sie-import.ts';

describe('the SIE import page’s helpers', () => {
  it('sends the file’s bytes as base64, PC8 bytes unchanged', () => {
    expect(bytesToBase64(new Uint8Array([0x23, 0x86, 0x84, 0x94]))).toBe('I4aElA==');
    const large = new Uint8Array(100_000).fill(0x41);
    expect(atob(bytesToBase64(large))).toHaveLength(100_000);
  });

  it('turns every target into a select value and back', () => {
    for (const target of [
      { type: 'line', lineId: '0b7c6f0e-8f0c-4c9e-9a57-2d0c4f1a7b11' },
      { type: 'standard', code: 'insatsmedel' },
      { type: 'ignore' },
    ] as const)
      expect(targetFromValue(targetValue(target))).toEqual(target);
    expect(targetFromValue('standard:finns-inte')).toBeNull();
    expect(targetFromValue('')).toBeNull();
  });

  it('sends object choices with ids that may hold a bar', () => {
    expect(
      objectMappingsOf(
        new Map([
          ['6|P1', 'i-1'],
          ['1|A|B', null],
        ]),
      ),
    ).toEqual([
      { dimension: 6, objectId: 'P1', interventionId: 'i-1' },
      { dimension: 1, objectId: 'A|B', interventionId: null },
    ]);
  });
});
