import { describe, expect, it } from 'vitest';
import { againstNational, changeSinceLastYear, fileProblemMessage, formatNnsScore } from './nns-format.ts';

describe('NNS results in words', () => {
  it('writes scores with a decimal comma and keeps ".."', () => {
    expect(formatNnsScore('7.6')).toBe('7,6');
    expect(formatNnsScore('..')).toBe('..');
    expect(formatNnsScore(null)).toBe('–');
  });

  it('says how a result stands against the national figure, not by colour alone', () => {
    expect(againstNational('7.6', '7.5')).toEqual({
      key: 'nns.againstNational.higher',
      values: { difference: '+0,1' },
    });
    expect(againstNational('6.8', '7')).toEqual({
      key: 'nns.againstNational.lower',
      values: { difference: '−0,2' },
    });
    expect(againstNational('7.4', '7.4').key).toBe('nns.againstNational.same');
    expect(againstNational('..', '7.4').key).toBe('nns.againstNational.none');
    expect(againstNational('7.4', null).key).toBe('nns.againstNational.none');
  });

  it('says the change since last year with the year and the signed difference', () => {
    expect(changeSinceLastYear('7.6', '7.4', 2020)).toEqual({
      key: 'nns.change.higher',
      values: { year: 2019, difference: '+0,2' },
    });
    expect(changeSinceLastYear('8.1', '8.2', 2019)).toEqual({
      key: 'nns.change.lower',
      values: { year: 2018, difference: '−0,1' },
    });
    expect(changeSinceLastYear('7.6', null, 2020).key).toBe('nns.change.none');
    expect(changeSinceLastYear('7.6', '..', 2020).key).toBe('nns.change.none');
  });

  it('names the file’s own column in a cell problem', () => {
    expect(fileProblemMessage({ kind: 'cell', row: 7, column: 'value', reason: 'badNumber' })).toEqual({
      row: 7,
      message: { key: 'nns.import.cellProblems.badNumber', values: { column: 'Resultat' } },
    });
    expect(fileProblemMessage({ kind: 'noHeader', missing: ['scope', 'n'] }).message.values).toEqual({
      columns: 'Omfattning, Antal svar',
    });
  });
});
