import { type DecisionKind, decisionKindNames, formatMoney, type Ore } from '@samsyn/domain';
import type { TFunction } from 'i18next';
import { formatDate } from '../../../lib/format.ts';
import type { ExportCell } from '../../interventions/export-xlsx.ts';

/** A decision named beside another (the one it corrects, one correcting it). */
export interface DecisionRefText {
  id: string;
  bodyName: string;
  meetingDate: string;
  paragraph: number | null;
}

/** A decision as the register lists it (the API's `DecisionRecord`, as much as the texts need). */
export interface DecisionRowText extends DecisionRefText {
  title: string;
  kind: DecisionKind;
  concerns: { kind: 'plan' | 'intervention' | 'application'; id: string; name: string } | null;
  corrects: DecisionRefText | null;
  correctedBy: DecisionRefText[];
  /** A grant decision about an application (issue 22): bifall with its amount, or avslag. */
  grantOutcome?: 'granted' | 'rejected' | null;
  grantedAmountOre?: number | null;
}

/** The kind as the register shows it; a grant decision adds its outcome ("Insats och medel – Bifall, 457 000 kr"). */
export function kindText(
  t: TFunction,
  row: Pick<DecisionRowText, 'kind' | 'grantOutcome' | 'grantedAmountOre'>,
): string {
  const kind = decisionKindNames[row.kind];
  if (!row.grantOutcome) return kind;
  const outcome =
    row.grantOutcome === 'granted'
      ? t('applicationDecision.item.granted', { amount: formatMoney((row.grantedAmountOre ?? 0) as Ore) })
      : t('applicationDecision.item.rejected');
  return `${kind} – ${outcome}`;
}

/**
 * A body's name in the definite genitive, as "Fastställd vid Förbundsstyrelsens möte" needs it:
 * the bodies' usual words get their Swedish ending (styrelse → styrelsens, utskott → utskottets,
 * grupp → gruppens, råd → rådets, revisorer → revisorernas, kansli → kansliets); a name already
 * definite ("Styrelsen") gets an s; anything else is left as its name followed by "s".
 */
export function definiteGenitive(name: string): string {
  const rules: [RegExp, string][] = [
    [/(en|et|na)$/i, '$1s'],
    [/e$/i, 'ens'],
    [/ium$/i, 'iets'],
    [/(utskott|råd|kansli)$/i, '$1ets'],
    [/(grupp)$/i, '$1ens'],
    [/(revisorer)$/i, '$1nas'],
  ];
  const rule = rules.find(([ending]) => ending.test(name));
  if (rule) return name.replace(rule[0], rule[1]);
  return /s$/i.test(name) ? name : `${name}s`;
}

/** "Förbundsstyrelse 29 november 2019 § 20", naming a decision by its place in the minutes. */
export function decisionRefText(t: TFunction, ref: DecisionRefText): string {
  const date = formatDate(ref.meetingDate);
  return ref.paragraph === null
    ? t('boardDecisions.refNoParagraph', { body: ref.bodyName, date })
    : t('boardDecisions.ref', { body: ref.bodyName, date, paragraph: ref.paragraph });
}

/** "Rättat genom Förbundsstyrelse 14 februari 2020 § 9", or empty when never corrected. */
export function correctedByText(t: TFunction, row: Pick<DecisionRowText, 'correctedBy'>): string {
  if (row.correctedBy.length === 0) return '';
  return t('boardDecisions.correctedBy', {
    refs: row.correctedBy.map((ref) => decisionRefText(t, ref)).join(', '),
  });
}

/** Both directions of a row's corrections in one cell: "Rättar …; Rättat genom …", or empty. */
export function correctionsText(
  t: TFunction,
  row: Pick<DecisionRowText, 'corrects' | 'correctedBy'>,
): string {
  const corrects = row.corrects
    ? t('boardDecisions.correctsRef', { ref: decisionRefText(t, row.corrects) })
    : '';
  return [corrects, correctedByText(t, row)].filter(Boolean).join('; ');
}

/** What a decision is about, "Insats: IPS Gävle", or empty. */
export function concernsText(t: TFunction, concerns: DecisionRowText['concerns']): string {
  if (!concerns) return '';
  if (concerns.kind === 'application')
    return t('applicationDecision.item.application', { title: concerns.name });
  return concerns.kind === 'plan'
    ? t('boardDecisions.concernsPlan', { name: concerns.name })
    : t('boardDecisions.concernsIntervention', { name: concerns.name });
}

/** The plan page's line: "Fastställd vid Förbundsstyrelsens möte den 29 november 2019, § 20". */
export function adoptedAtText(t: TFunction, ref: DecisionRefText): string {
  const values = { body: definiteGenitive(ref.bodyName), date: formatDate(ref.meetingDate) };
  return ref.paragraph === null
    ? t('boardDecisions.plan.adoptedAtNoParagraph', values)
    : t('boardDecisions.plan.adoptedAt', { ...values, paragraph: ref.paragraph });
}

/** The register as a sheet: a heading row, then one row per decision (ISO dates, so Excel sorts them). */
export function decisionsSheet(t: TFunction, rows: readonly DecisionRowText[]): ExportCell[][] {
  const column = (key: 'date' | 'body' | 'paragraph' | 'title' | 'kind' | 'concerns' | 'corrected') =>
    t(`boardDecisions.columns.${key}`);
  return [
    [
      column('date'),
      column('body'),
      column('paragraph'),
      column('title'),
      column('kind'),
      column('concerns'),
      column('corrected'),
    ],
    ...rows.map((row) => [
      row.meetingDate,
      row.bodyName,
      row.paragraph,
      row.title,
      kindText(t, row),
      concernsText(t, row.concerns) || null,
      [
        row.corrects ? t('boardDecisions.correctsRef', { ref: decisionRefText(t, row.corrects) }) : '',
        correctedByText(t, row),
      ]
        .filter(Boolean)
        .join('; ') || null,
    ]),
  ];
}
