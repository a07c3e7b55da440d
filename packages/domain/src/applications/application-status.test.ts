import { describe, expect, it } from 'vitest';
import { canDecideApplication, canMoveApplication, nextApplicationStatuses } from './application-status.ts';

describe('application status transitions', () => {
  it('runs the pipeline forward and lets the applicant be asked for more', () => {
    expect(canMoveApplication('expected', 'received')).toBe(true);
    expect(canMoveApplication('received', 'formalCheck')).toBe(true);
    expect(canMoveApplication('formalCheck', 'received')).toBe(true);
    expect(canMoveApplication('underReview', 'proposal')).toBe(true);
  });

  it('never grants or rejects by a plain transition: only a decision does', () => {
    expect(canMoveApplication('proposal', 'granted')).toBe(false);
    expect(canMoveApplication('underReview', 'rejected')).toBe(false);
    expect(canDecideApplication('proposal')).toBe(true);
    expect(canDecideApplication('underReview')).toBe(true);
    expect(canDecideApplication('received')).toBe(false);
  });

  it('ends at granted, rejected and withdrawn', () => {
    expect(nextApplicationStatuses('granted')).toEqual([]);
    expect(nextApplicationStatuses('rejected')).toEqual([]);
    expect(nextApplicationStatuses('withdrawn')).toEqual([]);
    expect(canMoveApplication('draft', 'withdrawn')).toBe(true);
  });
});
