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
const header = (t: Translate, keys: string[]): string[] => keys.map((key) => t(`${w}.headers.${key}`));
const sheet = (t: Translate, key: string, keys: string[], rows: WorkbookCell[][], widths: number[]) => ({
  name: t(`${w}.sheets.${key}`).slice(0, 31),
  rows: [header(t, keys), ...rows],
  widths,
});
/** A stored code in Swedish from the catalogue (a kind, status, role …). */
const word = (t: Translate, namespace: string, code: string | null): WorkbookCell =>
  code === null ? null : textCell(t(`${namespace}.${code}`));
const yesNo = (t: Translate, value: boolean | null): WorkbookCell =>
  value === null ? null : t(value ? `${w}.yes` : `${w}.no`);

const measureLabels = new Map<string, string>([
  ...countMeasures.map((measure) => [`count:${measure.id}`, measure.label] as const),
  ...shareMeasures.map((measure) => [`share:${measure.id}`, measure.label] as const),
]);

export function membersSheet(data: WorkbookData, t: Translate): WorkbookSheet {
  return sheet(
    t,
    'members',
    ['name', 'memberKind', 'code', 'joined', 'left'],
    data.members.map((member) => [
      textCell(member.name),
      word(t, 'administration.members.kinds', member.kind),
      optionalText(member.officialCode),
      dateCell(member.joinedOn),
      dateCell(member.leftOn),
    ]),
    [32, 20, 12, 12, 12],
  );
}

export function budgetSheet(data: WorkbookData, t: Translate): WorkbookSheet {
  return sheet(
    t,
    'budget',
    ['budget', 'year', 'line', 'partOf', 'lineKind', 'amount'],
    data.budget.map((row) => [
      row.budgetYear,
      row.year,
      textCell(row.lineName),
      optionalText(row.partOf),
      word(t, 'economy.kinds', row.lineKind),
      kronorCell(row.amount),
    ]),
    [8, 8, 40, 30, 22, 16],
  );
}

export function contributionsSheet(data: WorkbookData, t: Translate): WorkbookSheet {
  return sheet(
    t,
    'contributions',
    ['year', 'period', 'funder', 'funderGroup', 'amount', 'comment'],
    data.contributions.map((row) => [
      row.year,
      word(t, 'economy.contributions.periods', row.period),
      textCell(row.name),
      word(t, 'economy.funderGroups', row.group),
      kronorCell(row.amount),
      optionalText(row.comment),
    ]),
    [8, 18, 32, 18, 16, 40],
  );
}

export function actualsSheet(data: WorkbookData, t: Translate): WorkbookSheet {
  return sheet(
    t,
    'actuals',
    ['year', 'period', 'line', 'lineKind', 'amount', 'note'],
    data.actuals.map((row) => [
      row.year,
      row.period,
      textCell(row.lineName),
      word(t, 'economy.kinds', row.lineKind),
      kronorCell(row.amount),
      optionalText(row.note),
    ]),
    [8, 10, 40, 22, 16, 40],
  );
}

export function balancesSheet(data: WorkbookData, t: Translate): WorkbookSheet {
  return sheet(
    t,
    'balances',
    ['date', 'section', 'line', 'amount'],
    data.balances.map((row) => [
      dateCell(row.date),
      word(t, 'economy.reports.sections', row.section),
      textCell(row.lineName),
      kronorCell(row.amount),
    ]),
    [12, 26, 40, 16],
  );
}

export function forecastSheet(data: WorkbookData, t: Translate): WorkbookSheet {
  return sheet(
    t,
    'forecast',
    ['year', 'line', 'lineKind', 'amount'],
    data.forecast.map((row) => [
      row.year,
      textCell(row.lineName),
      word(t, 'economy.kinds', row.lineKind),
      kronorCell(row.amount),
    ]),
    [8, 40, 22, 16],
  );
}

export function interventionsSheet(data: WorkbookData, t: Translate): WorkbookSheet {
  return sheet(
    t,
    'interventions',
    ['name', 'kind', 'status', 'lead', 'localGroup', 'start', 'end', 'archived'],
    data.interventions.map((row) => [
      textCell(row.name),
      word(t, 'interventions.kinds', row.kind),
      word(t, 'interventions.statuses', row.status),
      textCell(row.lead ?? t(`${w}.forbund`)),
      optionalText(row.localGroup),
      dateCell(row.startDate),
      dateCell(row.endDate),
      row.isArchived ? t(`${w}.yes`) : null,
    ]),
    [36, 18, 12, 28, 24, 12, 12, 10],
  );
}

/** Individual figures fill the participant columns, structural ones the reach columns. */
export function participantsSheet(data: WorkbookData, t: Translate): WorkbookSheet {
  const keys = ['intervention', 'period', 'newTotal', 'newWomen', 'newMen', 'newOther', 'ongoing', 'ended'];
  return sheet(
    t,
    'participants',
    [...keys, 'staff', 'managers', 'unspecified', 'meetings'],
    data.participants.map(({ intervention, period, figures }) =>
      figures.kind === 'individual'
        ? [
            textCell(intervention),
            period,
            figures.new.total,
            figures.new.women,
            figures.new.men,
            figures.new.otherUnknown,
            figures.ongoing.total,
            figures.ended?.total ?? null,
            null,
            null,
            null,
            null,
          ]
        : [
            textCell(intervention),
            period,
            null,
            null,
            null,
            null,
            null,
            null,
            figures.staffReached,
            figures.managersReached,
            figures.unspecifiedReached,
            figures.meetingsHeld,
          ],
    ),
    [36, 10, 12, 12, 12, 12, 14, 12, 14, 12, 14, 10],
  );
}

export function goalsSheet(data: WorkbookData, t: Translate): WorkbookSheet {
  return sheet(
    t,
    'goals',
    ['intervention', 'goal', 'goalType', 'measure', 'comparison', 'target', 'targetPercent', 'goalPeriod'],
    data.goals.map((goal) => [
      textCell(goal.intervention),
      textCell(goal.description),
      word(t, 'interventions.goals.types', goal.type),
      optionalText(goal.measure ? (measureLabels.get(`${goal.type}:${goal.measure}`) ?? goal.measure) : null),
      word(t, 'interventions.goals.comparisons', goal.comparison),
      goal.target,
      goal.targetPercent === null ? null : { share: goal.targetPercent / 100 },
      optionalText(goal.goalPeriod),
    ]),
    [32, 48, 14, 36, 12, 14, 14, 14],
  );
}

export function localGroupsSheet(data: WorkbookData, t: Translate): WorkbookSheet {
  return sheet(
    t,
    'localGroups',
    ['name', 'members', 'population', 'year', 'groupBudget', 'spend', 'meetings', 'actionPlan'],
    data.localGroups.map((group) => [
      textCell(group.name),
      optionalText(group.members.join(', ')),
      group.population,
      group.year,
      kronorCell(group.budget),
      kronorCell(group.spend),
      group.meetingsHeld,
      yesNo(t, group.hasUpdatedActionPlan),
    ]),
    [28, 40, 12, 8, 16, 16, 10, 14],
  );
}

export function teamSheet(data: WorkbookData, t: Translate): WorkbookSheet {
  return sheet(
    t,
    'team',
    ['name', 'email', 'role', 'active', 'lastActive'],
    data.team.map((person) => [
      textCell(person.name),
      textCell(person.email),
      word(t, 'roles', person.role),
      yesNo(t, person.isActive),
      person.lastActiveAt ? { dateTime: person.lastActiveAt } : null,
    ]),
    [28, 34, 16, 8, 18],
  );
}

/** The log as the audit page says it: who, when, a Swedish sentence and its changes. */
export function auditSheet(data: WorkbookData, t: Translate): WorkbookSheet {
  return sheet(
    t,
    'audit',
    ['time', 'actor', 'event', 'changes'],
    data.audit.map((entry) => {
      const text = describeAuditEntry(entry, t);
      return [
        { dateTime: entry.occurredAt },
        textCell(entry.actorName ?? t('administration.audit.system')),
        textCell(text.sentence),
        optionalText(text.details.join('\n')),
      ];
    }),
    [18, 24, 60, 60],
  );
}

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
