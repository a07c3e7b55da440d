import {
  asRecord,
  change,
  fieldChanges,
  formatAuditValue,
  formatPeriod,
  type Translate,
} from './audit-values.ts';
import { catalogueKey } from './catalogue-key.ts';

/** An audit entry as the API returns it, with what the sentence needs. */
export interface AuditEntryData {
  action: string;
  entity: string;
  entityId: string | null;
  entityName?: string | null;
  before?: unknown;
  after?: unknown;
}

/** An entry in Swedish: one sentence, and the changes it made, one per line. */
export interface AuditText {
  sentence: string;
  details: string[];
}

type Describe = (entry: AuditEntryData, t: Translate) => AuditText;

const s = (key: string) => `administration.audit.sentences.${key}`;

/** The name of what the entry is about: today's, else the one the entry recorded. */
function nameOf(entry: AuditEntryData): string {
  const recorded = asRecord(entry.after).name ?? asRecord(entry.before).name;
  return entry.entityName ?? (typeof recorded === 'string' ? recorded : '–');
}
const yearOf = (entry: AuditEntryData): string => {
  const year = asRecord(entry.after).year ?? asRecord(entry.before).year;
  return typeof year === 'number' ? String(year) : '–';
};
const periodOf = (entry: AuditEntryData, t: Translate) =>
  formatPeriod(asRecord(entry.after).period ?? asRecord(entry.before).period, t);

/** A sentence from the catalogue with the entry's name, and the changed fields as details. */
const named =
  (key: string, skip: readonly string[] = []): Describe =>
  (entry, t) => ({
    sentence: t(s(key), { name: nameOf(entry), year: yearOf(entry), period: periodOf(entry, t) }),
    details: fieldChanges(entry.before, entry.after, t, ['name', 'year', 'period', ...skip]),
  });
const fromTo =
  (key: string, field: string): Describe =>
  (entry, t) => ({
    sentence: t(s(key), {
      name: nameOf(entry),
      from: formatAuditValue(field, asRecord(entry.before)[field], t),
      to: formatAuditValue(field, asRecord(entry.after)[field], t),
    }),
    details: [],
  });

interface BudgetLineData {
  code?: string;
  name?: string;
  amounts?: unknown[];
}
const budgetLines = (value: unknown): BudgetLineData[] => {
  const lines = asRecord(value).lines;
  return Array.isArray(lines) ? (lines as BudgetLineData[]) : [];
};

/** The economy's budget: "Budget 2026 sparad", and each line whose amount changed, per year. */
const economyBudget =
  (key: string): Describe =>
  (entry, t) => {
    const years = asRecord(entry.after).years ?? asRecord(entry.before).years;
    const yearList = Array.isArray(years) ? years.map(String) : [];
    const before = new Map(budgetLines(entry.before).map((line) => [line.code ?? line.name, line]));
    const after = new Map(budgetLines(entry.after).map((line) => [line.code ?? line.name, line]));
    const details: string[] = [];
    for (const code of new Set([...before.keys(), ...after.keys()])) {
      const was = before.get(code);
      const now = after.get(code);
      const name = now?.name ?? was?.name ?? String(code);
      yearList.forEach((year, index) => {
        const from = was?.amounts?.[index];
        const to = now?.amounts?.[index];
        if (from === to) return;
        const label = yearList.length > 1 ? `${name} ${year}` : name;
        details.push(change(label, was ? from : undefined, now ? to : undefined, 'amount', t));
      });
    }
    return { sentence: t(s(key), { year: yearList[0] ?? '–' }), details };
  };

/** Lines saved as a list keyed by code (the balance sheet): each changed amount by its line's name. */
const lineAmounts =
  (key: string): Describe =>
  (entry, t) => {
    const asLines = (value: unknown) =>
      new Map(
        (Array.isArray(value) ? value : []).map((line) => {
          const record = asRecord(line);
          return [String(record.code ?? record.name), record] as const;
        }),
      );
    const before = asLines(entry.before);
    const after = asLines(entry.after);
    const details: string[] = [];
    for (const code of new Set([...before.keys(), ...after.keys()])) {
      const was = before.get(code);
      const now = after.get(code);
      if (was?.amount === now?.amount) continue;
      const label = String(now?.name ?? was?.name ?? code);
      details.push(change(label, was?.amount, now?.amount, 'amount', t));
    }
    return { sentence: t(s(key)), details };
  };

/** Amounts saved by line code (the forecast): each changed one. */
const amountsByCode =
  (key: string): Describe =>
  (entry, t) => {
    const was = asRecord(entry.before);
    const now = asRecord(entry.after);
    const details = [...new Set([...Object.keys(was), ...Object.keys(now)])]
      .filter((code) => was[code] !== now[code])
      .map((code) => change(code, was[code], now[code], 'amount', t));
    return { sentence: t(s(key)), details };
  };

/** One describer per kind of event; budget.save is the economy's or an intervention's by entity. */
const describers: Record<string, Describe> = {
  'budget.save': (entry, t) =>
    entry.entity === 'budget'
      ? economyBudget('economyBudget')(entry, t)
      : named('interventionBudget')(entry, t),
  'budget.copy': economyBudget('economyBudgetCopy'),
  'budget.delete': named('interventionBudgetDelete'),
  'balances.save': lineAmounts('balances'),
  'forecast.save': amountsByCode('forecast'),
  'resultFigures.save': (entry, t) => ({
    sentence: t(s('resultFigures'), {
      period: formatPeriod(entry.entityId?.replace(/-(\d)$/, '-0$1') ?? '', t),
    }),
    details: fieldChanges(entry.before, entry.after, t),
  }),
  'contributions.save': named('contributions', ['basis', 'key', 'shares', 'rows']),
  'actual.create': named('actualCreate', ['lineCode']),
  'actual.update': named('actualUpdate', ['lineCode']),
  'actual.delete': named('actualDelete', ['lineCode']),
  'actuals.import': (entry, t) => {
    const after = asRecord(entry.after);
    const rows = Array.isArray(after.rows) ? after.rows.length : 0;
    return {
      sentence: t(s(typeof after.fileName === 'string' ? 'actualsImportFile' : 'actualsImport'), {
        count: rows,
        file: after.fileName,
      }),
      details: [],
    };
  },
  'intervention.create': named('interventionCreate'),
  'intervention.update': named('interventionUpdate'),
  'intervention.setStatus': (entry, t) => ({
    ...fromTo('interventionStatus', 'status')(entry, t),
    details: fieldChanges(entry.before, entry.after, t, ['status', 'isReopening']),
  }),
  'intervention.archive': named('interventionArchive'),
  'intervention.restore': named('interventionRestore'),
  'intervention.delete': named('interventionDelete', ['kind', 'status']),
  'figures.create': named('figures', ['figures']),
  'figures.update': named('figures', ['figures']),
  'figures.delete': named('figuresDelete', ['figures']),
  'note.save': named('note'),
  'goal.create': named('goalCreate', ['interventionId']),
  'goal.update': named('goalUpdate'),
  'goal.delete': named('goalDelete'),
  'goal.assess': named('goalAssess'),
  'localGroup.create': named('localGroupCreate'),
  'localGroup.update': named('localGroupUpdate'),
  'localGroup.delete': named('localGroupDelete', ['years']),
  'localGroup.saveYear': named('localGroupYear'),
  'localGroup.saveTerm': named('localGroupTerm'),
  'catalogue.publish': named('publish', ['catalogueEntryId']),
  'catalogue.unpublish': named('unpublish'),
  'member.create': named('memberCreate'),
  'member.rename': (entry, t) => ({
    sentence: t(s('memberRename'), {
      from: formatAuditValue('name', asRecord(entry.before).name, t),
      to: formatAuditValue('name', asRecord(entry.after).name, t),
    }),
    details: [],
  }),
  'member.end': (entry, t) => ({
    sentence: t(s('memberEnd'), {
      name: nameOf(entry),
      date: formatAuditValue('leftOn', asRecord(entry.after).leftOn, t),
    }),
    details: [],
  }),
  'membership.changeRole': fromTo('roleChange', 'role'),
  'membership.deactivate': named('deactivate', ['isActive']),
  'membership.reactivate': named('reactivate', ['isActive']),
  'invitation.create': (entry, t) => invitation('inviteCreate', entry.after, t),
  'invitation.revoke': (entry, t) => invitation('inviteRevoke', entry.before, t),
  'invitation.accept': (entry, t) =>
    invitation(asRecord(entry.after).newAccount ? 'inviteAcceptNew' : 'inviteAccept', entry.after, t),
  'settings.update': named('settings'),
  'tenant.onboard': (entry, t) => {
    const members = asRecord(entry.after).members;
    return {
      sentence: t(s('onboard'), { name: nameOf(entry), count: Array.isArray(members) ? members.length : 0 }),
      details: Array.isArray(members) ? [members.join(', ')] : [],
    };
  },
  'tenant.create': named('tenantCreate', ['countyCode']),
  'tenant.suspend': fromTo('tenantStatus', 'status'),
  'tenant.reactivate': fromTo('tenantStatus', 'status'),
  'tenant.archive': fromTo('tenantStatus', 'status'),
  'tenant.delete': named('tenantDelete'),
  'tenant.export': named('tenantExport'),
};

function invitation(key: string, data: unknown, t: Translate): AuditText {
  const record = asRecord(data);
  return {
    sentence: t(s(key), {
      email: formatAuditValue('email', record.email, t),
      role: formatAuditValue('role', record.role, t),
    }),
    details: [],
  };
}

/**
 * An audit entry as a Swedish sentence with its changes ("Budget 2026 sparad" + "Insatsmedel:
 * 5 700 000 kr → 6 000 000 kr"). An event without a describer gets its name from the catalogue
 * (or a general one) and the fields it changed, so a new kind of event is still readable.
 */
export function describeAuditEntry(entry: AuditEntryData, t: Translate): AuditText {
  const describe = describers[entry.action];
  if (describe) return describe(entry, t);
  const key = catalogueKey('administration.audit.actions', entry.action);
  const label = key ? t(key) : t(s('unknown'));
  return {
    sentence: entry.entityName ? t(s('withName'), { label, name: entry.entityName }) : label,
    details: fieldChanges(entry.before, entry.after, t),
  };
}
