import { describe, expect, it } from 'vitest';
import {
  checkStatusChange,
  interventionStatuses,
  nextStatuses,
  replayStatusHistory,
} from './intervention-status.ts';

describe('checkStatusChange', () => {
  it('lets a pre-study start, be postponed or end without an intervention', () => {
    expect(nextStatuses('pre_study')).toEqual(['ongoing', 'paused', 'ended']);
  });
  it('lets an ongoing intervention pause and a paused one resume', () => {
    expect(checkStatusChange('ongoing', 'paused').ok).toBe(true);
    expect(checkStatusChange('paused', 'ongoing').ok).toBe(true);
  });
  it('never goes back to pre-study', () => {
    for (const from of ['ongoing', 'paused'] as const) {
      expect(checkStatusChange(from, 'pre_study')).toEqual({
        ok: false,
        problems: [
          { key: 'intervention.statusTransitionNotAllowed', path: ['to'], params: { from, to: 'pre_study' } },
        ],
      });
    }
  });
  it('treats ended as final unless it is explicitly reopened', () => {
    expect(checkStatusChange('ended', 'ongoing')).toEqual({
      ok: false,
      problems: [{ key: 'intervention.reopenRequired', path: ['to'] }],
    });
    expect(checkStatusChange('ended', 'ongoing', { isReopening: true })).toEqual({
      ok: true,
      value: 'ongoing',
    });
  });
  it('reopens only an ended intervention, and only to ongoing', () => {
    expect(checkStatusChange('ended', 'paused', { isReopening: true }).ok).toBe(false);
    expect(checkStatusChange('paused', 'ongoing', { isReopening: true }).ok).toBe(false);
  });
  it('rejects a change to the same status', () => {
    for (const status of interventionStatuses) {
      expect(checkStatusChange(status, status).ok).toBe(false);
    }
  });
});

describe('replayStatusHistory', () => {
  it('follows a pre-study through start, pause, end and reopening', () => {
    const result = replayStatusHistory('pre_study', [
      { to: 'ongoing', effectiveDate: '2019-06-01', isReopening: false },
      { to: 'paused', effectiveDate: '2019-07-01', isReopening: false },
      { to: 'ended', effectiveDate: '2019-10-31', isReopening: false },
      { to: 'ongoing', effectiveDate: '2020-01-01', isReopening: true },
    ]);
    expect(result).toEqual({ ok: true, value: 'ongoing' });
  });
  it('reports every bad step and dates that go backwards', () => {
    const result = replayStatusHistory('ongoing', [
      { to: 'ended', effectiveDate: '2019-10-31', isReopening: false },
      { to: 'paused', effectiveDate: '2019-09-01', isReopening: false },
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        { key: 'intervention.statusHistoryOutOfOrder', path: [1, 'effectiveDate'] },
        { key: 'intervention.reopenRequired', path: [1, 'to'] },
      ],
    });
  });
});
