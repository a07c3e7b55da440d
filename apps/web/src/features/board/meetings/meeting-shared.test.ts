import { describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  fileSizeText,
  itemHeading,
  meetingsByYear,
  meetingTimeText,
} from './meeting-shared.ts';

describe('meeting texts', () => {
  it('shows the time span, the start alone, or nothing', () => {
    expect(meetingTimeText({ startsAt: '09:00', endsAt: '12:00' })).toBe('09:00–12:00');
    expect(meetingTimeText({ startsAt: '09:00', endsAt: null })).toBe('09:00');
    expect(meetingTimeText({ startsAt: null, endsAt: null })).toBeNull();
  });

  it('writes file sizes the Swedish way', () => {
    expect(fileSizeText(812)).toBe('812 byte');
    expect(fileSizeText(34 * 1024)).toBe('34 kB');
    expect(fileSizeText(1.25 * 1024 * 1024)).toBe('1,3 MB');
  });

  it('numbers an item in its heading once it has a paragraph', () => {
    expect(itemHeading({ paragraph: 12, title: 'Verksamhetsplan' })).toBe('§ 12 Verksamhetsplan');
    expect(itemHeading({ paragraph: null, title: 'Verksamhetsplan' })).toBe('Verksamhetsplan');
  });

  it('encodes bytes as base64, also past one chunk', () => {
    expect(bytesToBase64(new TextEncoder().encode('%PDF-1.4'))).toBe('JVBERi0xLjQ=');
    const large = new Uint8Array(0x8000 * 2 + 5).fill(65);
    expect(atob(bytesToBase64(large))).toBe('A'.repeat(large.length));
  });

  it('groups meetings by year, the latest year first', () => {
    const meetings = [
      { meetingDate: '2020-02-01' },
      { meetingDate: '2019-11-29' },
      { meetingDate: '2019-02-15' },
    ];
    expect(meetingsByYear(meetings).map((group) => [group.year, group.meetings.length])).toEqual([
      ['2020', 1],
      ['2019', 2],
    ]);
  });
});
