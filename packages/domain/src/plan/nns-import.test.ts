import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nnsChangedQuestionTextRefusal } from '../testing/nns-changed-question-text.ts';
import { checkNnsRows, nnsImportInputSchema, parseNnsScope } from './nns-import.ts';
import { nnsIndicators } from './nns-indicators.ts';
import { compareNns, nnsDifference, publishNnsValue } from './nns-published.ts';
import { decimalTextOf, type NnsFileRow, readNnsResultTable } from './nns-result-file.ts';

const sampleTable = (name: string) =>
  readFileSync(new URL(`../../../../docs/samples/${name}`, import.meta.url), 'utf8')
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => line.split(';'));

const readSample = (name: string): NnsFileRow[] => {
  const read = readNnsResultTable(sampleTable(name));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.rows;
};

describe('the NNS result file', () => {
  it('reads the sample: 18 rows below the title lines, decimal commas as exact decimal text', () => {
    const rows = readSample('nns-resultat-gavleborg-2020.csv');
    expect(rows).toHaveLength(18);
    expect(rows[0]).toEqual({
      row: 5,
      questionnaire: 'Deltagare',
      question: 'Jag känner mig mer redo att kunna arbeta eller studera efter insatsen.',
      scope: 'Förbundet',
      n: 198,
      value: '7.6',
      nationalValue: '7.5',
    });
  });

  it('suggests the year the title lines name, and none when they name none', () => {
    const table = sampleTable('nns-resultat-gavleborg-2020.csv');
    expect(readNnsResultTable(table)).toMatchObject({ ok: true, yearHint: 2020 });
    expect(readNnsResultTable(table.slice(3))).toMatchObject({ ok: true, yearHint: null });
  });

  it('names every unreadable cell with its row and column', () => {
    const read = readNnsResultTable([
      ['Enkät', 'Fråga', 'Omfattning', 'Antal svar', 'Resultat', 'Riket'],
      ['Deltagare', 'x', 'Förbundet', '12,5', '7,4', '7,1'],
      ['Deltagare', 'x', 'Förbundet', '12', 'sju', ''],
      ['Deltagare', 'x', 'Förbundet', '12', '7,456', '7,1'],
      ['Deltagare', 'x', 'Förbundet', '', '7', 'n/a'],
    ]);
    expect(read).toEqual({
      ok: false,
      problems: [
        { kind: 'cell', row: 2, column: 'n', reason: 'badCount' },
        { kind: 'cell', row: 3, column: 'value', reason: 'badNumber' },
        { kind: 'cell', row: 4, column: 'value', reason: 'badNumber' },
        { kind: 'cell', row: 5, column: 'n', reason: 'missing' },
        { kind: 'cell', row: 5, column: 'nationalValue', reason: 'badNumber' },
      ],
    });
  });

  it('refuses a file without the columns, naming those missing', () => {
    expect(readNnsResultTable([['Fråga', 'Resultat']])).toEqual({
      ok: false,
      problems: [{ kind: 'noHeader', missing: ['questionnaire', 'scope', 'n'] }],
    });
  });

  it('reads xlsx numbers without rounding and refuses more than two decimals', () => {
    expect(decimalTextOf(7.4)).toBe('7.4');
    expect(decimalTextOf(8)).toBe('8');
    expect(decimalTextOf('07,25')).toBe('7.25');
    expect(decimalTextOf(7.333333)).toBeNull();
    expect(decimalTextOf(Number.NaN)).toBeNull();
    expect(decimalTextOf('-1')).toBeNull();
  });
});

describe('checking the rows against NNS wording', () => {
  it('accepts the sample and finds each row its code and scope', () => {
    const checked = checkNnsRows(readSample('nns-resultat-gavleborg-2020.csv'));
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.rows.map((row) => row.code)).toEqual([
      ...nnsIndicators.map((i) => i.code),
      'D1',
      'I3',
      'C1',
    ]);
    expect(checked.rows.at(-1)?.scopeRef).toEqual({ kind: 'localGroup', name: 'Mysam Gävle' });
  });

  it('refuses a changed question text, naming the row, the text and the wording it should have', () => {
    const checked = checkNnsRows(readSample('nns-resultat-andrad-fraga.csv'));
    expect(checked).toEqual(nnsChangedQuestionTextRefusal);
  });

  it('treats white space as no change but a changed letter as a change', () => {
    const [row] = readSample('nns-resultat-gavleborg-2020.csv');
    if (!row) throw new Error('no row');
    const spaced = {
      ...row,
      question: ` Jag känner  mig mer redo att kunna\narbeta eller studera efter insatsen. `,
    };
    expect(checkNnsRows([spaced]).ok).toBe(true);
    expect(checkNnsRows([{ ...row, question: row.question.replace('insatsen.', 'insatsen') }]).ok).toBe(
      false,
    );
    expect(checkNnsRows([{ ...row, question: row.question.toLowerCase() }]).ok).toBe(false);
  });

  it('refuses scores outside 1–10, unknown questionnaires and scopes, and a statement twice for one scope', () => {
    const rows = readSample('nns-resultat-gavleborg-2020.csv');
    const row = (index: number) => rows[index] as NnsFileRow;
    const checked = checkNnsRows([
      { ...row(0), row: 2, value: '10.5' },
      { ...row(1), row: 3, nationalValue: '0.9' },
      { ...row(2), row: 4, questionnaire: 'Brukare' },
      { ...row(3), row: 5, scope: 'Kommunen' },
      { ...row(4), row: 6 },
      { ...row(4), row: 7, scope: 'Hela förbundet' },
    ]);
    expect(checked.ok ? [] : checked.problems.map((p) => [p.reason, p.row])).toEqual([
      ['nns.valueOutOfScale', 2],
      ['nns.valueOutOfScale', 3],
      ['nns.unknownQuestionnaire', 4],
      ['nns.unknownScope', 5],
      ['nns.duplicateRow', 7],
    ]);
  });

  it('reads the scope cell', () => {
    expect(parseNnsScope('Förbundet')).toEqual({ kind: 'forbund' });
    expect(parseNnsScope('Insats:  Trisam individ')).toEqual({
      kind: 'intervention',
      name: 'Trisam individ',
    });
    expect(parseNnsScope('Samverkansgrupp: Mysam Ockelbo')).toEqual({
      kind: 'localGroup',
      name: 'Mysam Ockelbo',
    });
    expect(parseNnsScope('Insats:')).toBeNull();
  });

  it('refuses bad numbers and an empty file at the schema, as the API does', () => {
    const [row] = readSample('nns-resultat-gavleborg-2020.csv');
    const input = { year: 2020, fileName: 'a.csv', expectedVersion: 0, rows: [row] };
    expect(nnsImportInputSchema.safeParse(input).success).toBe(true);
    const bad = nnsImportInputSchema.safeParse({ ...input, rows: [{ ...row, value: '7,4' }] });
    expect(bad.error?.issues[0]?.message).toBe('nns.badNumber');
    expect(nnsImportInputSchema.safeParse({ ...input, rows: [{ ...row, n: -1 }] }).success).toBe(false);
    expect(nnsImportInputSchema.safeParse({ ...input, rows: [] }).error?.issues[0]?.message).toBe(
      'nns.noRows',
    );
  });
});

describe('publishing a result', () => {
  it('shows fewer than five answers as ".." and compares nothing with it', () => {
    expect(publishNnsValue(4, '8.5')).toBe('..');
    expect(publishNnsValue(5, '8.5')).toBe('8.5');
    expect(compareNns(publishNnsValue(4, '8.5'), '7.7')).toBe('none');
  });

  it('compares exactly and gives the difference', () => {
    expect(compareNns('7.6', '7.5')).toBe('higher');
    expect(compareNns('7.50', '7.5')).toBe('same');
    expect(compareNns('6.8', '7')).toBe('lower');
    expect(compareNns('6.8', null)).toBe('none');
    expect(nnsDifference('7.6', '7.5')).toBe('0.1');
    expect(nnsDifference('6.8', '7')).toBe('-0.2');
    expect(nnsDifference('7.25', '7.5')).toBe('-0.25');
    expect(nnsDifference('7', '7.0')).toBe('0.0');
  });
});
