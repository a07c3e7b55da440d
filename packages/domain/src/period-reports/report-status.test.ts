import { describe, expect, it } from 'vitest';
import {
  deleteSectionRefusal,
  markReadyRefusal,
  reopenRefusal,
  reportProgress,
  statusAfterSectionChange,
  textChangeRefusal,
} from './report-status.ts';

const ready = { enabled: true, readyAt: '2019-08-01T10:00:00Z' };
const notReady = { enabled: true, readyAt: null };
const switchedOff = { enabled: false, readyAt: null };

describe('the status rules of a period report', () => {
  it('counts progress over the enabled sections only', () => {
    expect(reportProgress([ready, notReady, switchedOff])).toEqual({ ready: 1, total: 2 });
  });

  it('lets a draft be marked ready when every enabled section is, a switched-off one not counting', () => {
    expect(markReadyRefusal('draft', [ready, switchedOff])).toBeNull();
    expect(markReadyRefusal('draft', [ready, notReady])).toBe('periodReport.sectionsNotReady');
    expect(markReadyRefusal('draft', [switchedOff])).toBe('periodReport.sectionsNotReady');
    expect(markReadyRefusal('ready', [ready])).toBe('periodReport.alreadyReady');
    expect(markReadyRefusal('adopted', [ready])).toBe('periodReport.adopted');
  });

  it('reopens only a report marked ready', () => {
    expect(reopenRefusal('ready')).toBeNull();
    expect(reopenRefusal('draft')).toBe('periodReport.notReady');
    expect(reopenRefusal('adopted')).toBe('periodReport.adopted');
  });

  it('takes a ready report back to draft when a section changes, and leaves the others', () => {
    expect(statusAfterSectionChange('ready')).toBe('draft');
    expect(statusAfterSectionChange('draft')).toBe('draft');
  });

  it('refuses a text change of a section marked ready, and any in an adopted report', () => {
    expect(textChangeRefusal('draft', { readyAt: null })).toBeNull();
    expect(textChangeRefusal('draft', { readyAt: '2019-08-01T10:00:00Z' })).toBe('periodReport.sectionReady');
    expect(textChangeRefusal('adopted', { readyAt: null })).toBe('periodReport.adopted');
  });

  it("removes only the förbund's own sections", () => {
    expect(deleteSectionRefusal('draft', { custom: true })).toBeNull();
    expect(deleteSectionRefusal('draft', { custom: false })).toBe('periodReport.notCustom');
    expect(deleteSectionRefusal('adopted', { custom: true })).toBe('periodReport.adopted');
  });
});
