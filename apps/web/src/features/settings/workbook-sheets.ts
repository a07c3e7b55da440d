import type { AppRouter } from '@samsyn/api';
import { countMeasures, shareMeasures } from '@samsyn/domain';
import type { inferRouterOutputs } from '@trpc/server';
import { describeAuditEntry } from '../audit/audit-sentence.ts';
import type { Translate } from '../audit/audit-values.ts';
import {
  dateCell,
  kronorCell,
  optionalText,
  textCell,
  type WorkbookCell,
  type WorkbookSheet,
} from './workbook-cells.ts';

export type WorkbookData = inferRouterOutputs<AppRouter>['export']['workbook'];

const w = 'administration.workbook';

/** One column of a sheet: its header's key under `headers`, its width in characters, its cell. */
type SheetColumn<Row> = readonly [
  header: string,
  width: number,
  cell: (row: Row, t: Translate) => WorkbookCell,
];

/**
 * A sheet builder from its column table: the sheet's name, a header row in Swedish and one row
 * per item, each column's cell from the table, so header, width and cell of a column stand on
 * one line and cannot drift apart.
 */
function sheetOf<Row>(
  key: string,
  rowsOf: (data: WorkbookData, t: Translate) => readonly Row[],
  columns: readonly SheetColumn<Row>[],
): (data: WorkbookData, t: Translate) => WorkbookSheet {
  return (data, t) => ({
    name: t(`${w}.sheets.${key}`).slice(0, 31),
    rows: [
      columns.map(([header]) => t(`${w}.headers.${header}`)),
      ...rowsOf(data, t).map((row) => columns.map(([, , cell]) => cell(row, t))),
    ],
    widths: columns.map(([, width]) => width),
  });
}

/** A stored code in Swedish from the catalogue (a kind, status, role …). */
const word = (t: Translate, namespace: string, code: string | null): WorkbookCell =>
  code === null ? null : textCell(t(`${namespace}.${code}`));
const yesNo = (t: Translate, value: boolean | null): WorkbookCell =>
  value === null ? null : t(value ? `${w}.yes` : `${w}.no`);

const measureLabels = new Map<string, string>([
  ...countMeasures.map((measure) => [`count:${measure.id}`, measure.label] as const),
  ...shareMeasures.map((measure) => [`share:${measure.id}`, measure.label] as const),
]);

type Rows<Key extends keyof WorkbookData> = WorkbookData[Key] extends readonly (infer Row)[] ? Row : never;

export const membersSheet = sheetOf<Rows<'members'>>('members', (data) => data.members, [
  ['name', 32, (member) => textCell(member.name)],
  ['memberKind', 20, (member, t) => word(t, 'administration.members.kinds', member.kind)],
  ['code', 12, (member) => optionalText(member.officialCode)],
  ['joined', 12, (member) => dateCell(member.joinedOn)],
  ['left', 12, (member) => dateCell(member.leftOn)],
]);

export const budgetSheet = sheetOf<Rows<'budget'>>('budget', (data) => data.budget, [
  ['budget', 8, (row) => row.budgetYear],
  ['year', 8, (row) => row.year],
  ['line', 40, (row) => textCell(row.lineName)],
  ['partOf', 30, (row) => optionalText(row.partOf)],
  ['lineKind', 22, (row, t) => word(t, 'economy.kinds', row.lineKind)],
  ['amount', 16, (row) => kronorCell(row.amount)],
]);

export const contributionsSheet = sheetOf<Rows<'contributions'>>(
  'contributions',
  (data) => data.contributions,
  [
    ['year', 8, (row) => row.year],
    ['period', 18, (row, t) => word(t, 'economy.contributions.periods', row.period)],
    ['funder', 32, (row) => textCell(row.name)],
    ['funderGroup', 18, (row, t) => word(t, 'economy.funderGroups', row.group)],
    ['amount', 16, (row) => kronorCell(row.amount)],
    ['comment', 40, (row) => optionalText(row.comment)],
  ],
);

export const actualsSheet = sheetOf<Rows<'actuals'>>('actuals', (data) => data.actuals, [
  ['year', 8, (row) => row.year],
  ['period', 10, (row) => row.period],
  ['line', 40, (row) => textCell(row.lineName)],
  ['lineKind', 22, (row, t) => word(t, 'economy.kinds', row.lineKind)],
  ['amount', 16, (row) => kronorCell(row.amount)],
  ['note', 40, (row) => optionalText(row.note)],
]);

export const balancesSheet = sheetOf<Rows<'balances'>>('balances', (data) => data.balances, [
  ['date', 12, (row) => dateCell(row.date)],
  ['section', 26, (row, t) => word(t, 'economy.reports.sections', row.section)],
  ['line', 40, (row) => textCell(row.lineName)],
  ['amount', 16, (row) => kronorCell(row.amount)],
]);

export const forecastSheet = sheetOf<Rows<'forecast'>>('forecast', (data) => data.forecast, [
  ['year', 8, (row) => row.year],
  ['line', 40, (row) => textCell(row.lineName)],
  ['lineKind', 22, (row, t) => word(t, 'economy.kinds', row.lineKind)],
  ['amount', 16, (row) => kronorCell(row.amount)],
]);

export const interventionsSheet = sheetOf<Rows<'interventions'>>(
  'interventions',
  (data) => data.interventions,
  [
    ['name', 36, (row) => textCell(row.name)],
    ['kind', 18, (row, t) => word(t, 'interventions.kinds', row.kind)],
    ['status', 12, (row, t) => word(t, 'interventions.statuses', row.status)],
    ['lead', 28, (row, t) => textCell(row.lead ?? t(`${w}.forbund`))],
    ['localGroup', 24, (row) => optionalText(row.localGroup)],
    ['start', 12, (row) => dateCell(row.startDate)],
    ['end', 12, (row) => dateCell(row.endDate)],
    ['archived', 10, (row, t) => (row.isArchived ? t(`${w}.yes`) : null)],
  ],
);

type Figures = Rows<'participants'>['figures'];
type Individual = Extract<Figures, { kind: 'individual' }>;
type Structural = Exclude<Figures, { kind: 'individual' }>;
/** Individual figures fill the participant columns, structural ones the reach columns. */
const individual =
  (cell: (figures: Individual) => WorkbookCell) =>
  ({ figures }: Rows<'participants'>): WorkbookCell =>
    figures.kind === 'individual' ? cell(figures) : null;
const structural =
  (cell: (figures: Structural) => WorkbookCell) =>
  ({ figures }: Rows<'participants'>): WorkbookCell =>
    figures.kind === 'individual' ? null : cell(figures);

export const participantsSheet = sheetOf<Rows<'participants'>>('participants', (data) => data.participants, [
  ['intervention', 36, (row) => textCell(row.intervention)],
  ['period', 10, (row) => row.period],
  ['newTotal', 12, individual((figures) => figures.new.total)],
  ['newWomen', 12, individual((figures) => figures.new.women)],
  ['newMen', 12, individual((figures) => figures.new.men)],
  ['newOther', 12, individual((figures) => figures.new.otherUnknown)],
  ['ongoing', 14, individual((figures) => figures.ongoing.total)],
  ['ended', 12, individual((figures) => figures.ended?.total ?? null)],
  ['staff', 14, structural((figures) => figures.staffReached)],
  ['managers', 12, structural((figures) => figures.managersReached)],
  ['unspecified', 14, structural((figures) => figures.unspecifiedReached)],
  ['meetings', 10, structural((figures) => figures.meetingsHeld)],
]);

export const goalsSheet = sheetOf<Rows<'goals'>>('goals', (data) => data.goals, [
  ['intervention', 32, (goal) => textCell(goal.intervention)],
  ['goal', 48, (goal) => textCell(goal.description)],
  ['goalType', 14, (goal, t) => word(t, 'interventions.goals.types', goal.type)],
  [
    'measure',
    36,
    (goal) =>
      optionalText(goal.measure ? (measureLabels.get(`${goal.type}:${goal.measure}`) ?? goal.measure) : null),
  ],
  ['comparison', 12, (goal, t) => word(t, 'interventions.goals.comparisons', goal.comparison)],
  ['target', 14, (goal) => goal.target],
  ['targetPercent', 14, (goal) => (goal.targetPercent === null ? null : { share: goal.targetPercent / 100 })],
  ['goalPeriod', 14, (goal) => optionalText(goal.goalPeriod)],
]);

export const localGroupsSheet = sheetOf<Rows<'localGroups'>>('localGroups', (data) => data.localGroups, [
  ['name', 28, (group) => textCell(group.name)],
  ['members', 40, (group) => optionalText(group.members.join(', '))],
  ['population', 12, (group) => group.population],
  ['year', 8, (group) => group.year],
  ['groupBudget', 16, (group) => kronorCell(group.budget)],
  ['spend', 16, (group) => kronorCell(group.spend)],
  ['meetings', 10, (group) => group.meetingsHeld],
  ['actionPlan', 14, (group, t) => yesNo(t, group.hasUpdatedActionPlan)],
]);

export const teamSheet = sheetOf<Rows<'team'>>('team', (data) => data.team, [
  ['name', 28, (person) => textCell(person.name)],
  ['email', 34, (person) => textCell(person.email)],
  ['role', 16, (person, t) => word(t, 'roles', person.role)],
  ['active', 8, (person, t) => yesNo(t, person.isActive)],
  ['lastActive', 18, (person) => (person.lastActiveAt ? { dateTime: person.lastActiveAt } : null)],
]);

/** The log as the audit page says it: who, when, a Swedish sentence and its changes. */
export const auditSheet = sheetOf(
  'audit',
  (data, t) => data.audit.map((entry) => ({ entry, text: describeAuditEntry(entry, t) })),
  [
    ['time', 18, ({ entry }) => ({ dateTime: entry.occurredAt })],
    ['actor', 24, ({ entry }, t) => textCell(entry.actorName ?? t('administration.audit.system'))],
    ['event', 60, ({ text }) => textCell(text.sentence)],
    ['changes', 60, ({ text }) => optionalText(text.details.join('\n'))],
  ],
);

/** Every sheet of the workbook, in the order of the app's menu. */
export const workbookSheets = (data: WorkbookData, t: Translate): WorkbookSheet[] =>
  [
    membersSheet,
    budgetSheet,
    contributionsSheet,
    actualsSheet,
    balancesSheet,
    forecastSheet,
    interventionsSheet,
    participantsSheet,
    goalsSheet,
    localGroupsSheet,
    teamSheet,
    auditSheet,
  ].map((build) => build(data, t));
