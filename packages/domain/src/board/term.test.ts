import { describe, expect, it } from 'vitest';
import { defaultTermFor, electionDay, electionYears, latestElectionBefore, termOn } from './term.ts';

describe('general elections', () => {
  it('are held every fourth year from 1994', () => {
    expect(electionYears(2026)).toEqual([1994, 1998, 2002, 2006, 2010, 2014, 2018, 2022, 2026]);
  });
  it('fall on the third Sunday of September until 2010, the second from 2014', () => {
    expect(
      ['1994', '2006', '2010', '2014', '2018', '2022', '2026'].map((y) => electionDay(Number(y))),
    ).toEqual([
      '1994-09-18',
      '2006-09-17',
      '2010-09-19',
      '2014-09-14',
      '2018-09-09',
      '2022-09-11',
      '2026-09-13',
    ]);
  });
  it('the latest before a date is the one held before it, not on it', () => {
    expect(latestElectionBefore('2022-09-11')).toBe(2018);
    expect(latestElectionBefore('2022-09-12')).toBe(2022);
    expect(latestElectionBefore('2023-03-31')).toBe(2022);
    expect(latestElectionBefore('2025-12-31')).toBe(2022);
    expect(latestElectionBefore('2016-03-01')).toBe(2014);
  });
});

describe('the default term of a seat appointed on a date', () => {
  it('runs four years from 1 April the year after the latest election', () => {
    expect(defaultTermFor('2022-12-01')).toEqual({
      from: '2023-04-01',
      to: '2027-03-31',
      electionYear: 2022,
    });
    expect(defaultTermFor('2019-02-15')).toEqual({
      from: '2019-04-01',
      to: '2023-03-31',
      electionYear: 2018,
    });
  });
  it('at the edges: appointed 31 March or 1 April after an election year, the same term', () => {
    expect(defaultTermFor('2023-03-31')).toEqual({
      from: '2023-04-01',
      to: '2027-03-31',
      electionYear: 2022,
    });
    expect(defaultTermFor('2023-04-01')).toEqual({
      from: '2023-04-01',
      to: '2027-03-31',
      electionYear: 2022,
    });
  });
  it('appointed in an election year before election day: the term then running', () => {
    expect(defaultTermFor('2018-06-01')).toEqual({
      from: '2015-04-01',
      to: '2019-03-31',
      electionYear: 2014,
    });
    expect(defaultTermFor('2026-12-04')).toEqual({
      from: '2027-04-01',
      to: '2031-03-31',
      electionYear: 2026,
    });
  });
});

describe('the term running on a date', () => {
  it('31 March is the last day of a term, 1 April the first of the next', () => {
    expect(termOn('2023-03-31')).toEqual({ from: '2019-04-01', to: '2023-03-31', electionYear: 2018 });
    expect(termOn('2023-04-01')).toEqual({ from: '2023-04-01', to: '2027-03-31', electionYear: 2022 });
    expect(termOn('2019-03-31')).toEqual({ from: '2015-04-01', to: '2019-03-31', electionYear: 2014 });
    expect(termOn('2019-04-01')).toEqual({ from: '2019-04-01', to: '2023-03-31', electionYear: 2018 });
  });
  it('within a term, whatever the year', () => {
    for (const date of ['2019-06-30', '2020-01-01', '2021-12-31', '2022-09-11', '2022-12-31'])
      expect(termOn(date).from).toBe('2019-04-01');
    expect(termOn('2026-12-04')).toEqual({ from: '2023-04-01', to: '2027-03-31', electionYear: 2022 });
  });
  it('before the first four-year term, the first', () => {
    expect(termOn('1995-01-01').from).toBe('1995-04-01');
  });
});
