import { recordAudit } from '@samsyn/db';
import {
  type Period,
  type PeriodNote,
  parsePeriod,
  periodEndDate,
  periodStartDate,
  throwIfProblems,
  validateParticipantFigures,
} from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import { assertNotArchived, lockIntervention } from './records/intervention-record.ts';
import { type FiguresRecord, type NoteRecord, selectFigures, selectNotes } from './records/part-records.ts';

const periodOf = (text: string): Period => {
  const period = parsePeriod(text);
  // The input schema has checked the text already; this is for the type.
  if (!period) throw new Error(`invalid period ${text}`);
  return period;
};

/** One period's figures and note of an intervention; null parts when nothing is reported yet. Any member. */
export async function getFigures(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { interventionId: string; period: string },
): Promise<{ kind: string; figures: FiguresRecord | null; note: NoteRecord | null }> {
  const intervention = await lockIntervention(tx, tenantId, input.interventionId, { forUpdate: false });
  const figures = await selectFigures(tx, tenantId, [input.interventionId]);
  const [note] = await selectNotes(tx, tenantId, [input.interventionId], input.period);
  return {
    kind: intervention.kind,
    figures: figures.find((entry) => entry.period === input.period) ?? null,
    note: note ?? null,
  };
}

/**
 * Saves an intervention's participant figures for a period: counts only, checked with the domain's
 * validator against the intervention's kind, ALL problems reported at once with their field paths
 * (under `figures.`), and nothing saved when there is one. `expectedVersion` null creates the
 * period's figures (CONFLICT if someone did first). Editors; not while archived.
 */
export async function saveFigures(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { interventionId: string; period: string; figures: unknown; expectedVersion: number | null },
): Promise<FiguresRecord> {
  const intervention = await lockIntervention(tx, tenantId, input.interventionId);
  assertNotArchived(intervention);
  const checked = validateParticipantFigures(input.figures, intervention.kind);
  if (!checked.ok) {
    throwIfProblems(
      'figures.invalid',
      checked.problems.map((problem) => ({ ...problem, path: ['figures', ...problem.path] })),
    );
    throw new Error('unreachable');
  }
  const period = periodOf(input.period);
  const [before] = (await selectFigures(tx, tenantId, [input.interventionId])).filter(
    (entry) => entry.period === input.period,
  );
  const figures = tx.json(checked.value as never);
  if (input.expectedVersion === null) {
    if (before) staleOrMissing('figures', true);
    await tx`
      insert into participant_figures (tenant_id, intervention_id, period, period_type, period_start, period_end,
        kind, figures)
      values (${tenantId}, ${input.interventionId}, ${input.period}, ${period.type}, ${periodStartDate(period)},
        ${periodEndDate(period)}, ${intervention.kind}, ${figures})`;
  } else {
    const updated = await tx`
      update participant_figures set figures = ${figures}, is_demo_estimate = false, estimated_fields = '{}',
        version = version + 1
      where tenant_id = ${tenantId} and intervention_id = ${input.interventionId} and period = ${input.period}
        and version = ${input.expectedVersion}
      returning 1`;
    if (updated.length === 0) staleOrMissing('figures', before !== undefined);
  }
  await recordAudit(tx, {
    action: before ? 'figures.update' : 'figures.create',
    entity: 'intervention',
    entityId: input.interventionId,
    before: before ? { period: input.period, figures: before.figures } : undefined,
    after: { period: input.period, figures: checked.value },
  });
  const [saved] = (await selectFigures(tx, tenantId, [input.interventionId])).filter(
    (entry) => entry.period === input.period,
  );
  if (!saved) throw new Error('saved figures not found');
  return saved;
}

/** Removes a period's figures entered by mistake (the UI confirms first). Editors; optimistic concurrency. */
export async function deleteFigures(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { interventionId: string; period: string; expectedVersion: number },
): Promise<{ period: string }> {
  assertNotArchived(await lockIntervention(tx, tenantId, input.interventionId));
  const deleted = await tx<{ figures: unknown }[]>`
    delete from participant_figures
    where tenant_id = ${tenantId} and intervention_id = ${input.interventionId} and period = ${input.period}
      and version = ${input.expectedVersion}
    returning figures`;
  if (deleted.length === 0) {
    const [exists] = await tx`
      select 1 from participant_figures
      where tenant_id = ${tenantId} and intervention_id = ${input.interventionId} and period = ${input.period}`;
    staleOrMissing('figures', exists !== undefined);
  }
  await recordAudit(tx, {
    action: 'figures.delete',
    entity: 'intervention',
    entityId: input.interventionId,
    before: { period: input.period, figures: deleted[0]?.figures },
  });
  return { period: input.period };
}

/**
 * Saves the free-text results and comment of a period ("Resultat", "Kommentar" in the report).
 * `expectedVersion` null creates it. Editors; not while archived.
 */
export async function saveNote(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: PeriodNote & { interventionId: string; expectedVersion: number | null },
): Promise<NoteRecord> {
  assertNotArchived(await lockIntervention(tx, tenantId, input.interventionId));
  const [before] = await selectNotes(tx, tenantId, [input.interventionId], input.period);
  if (input.expectedVersion === null) {
    if (before) staleOrMissing('note', true);
    await tx`
      insert into intervention_period_notes (tenant_id, intervention_id, period, results_text, comment)
      values (${tenantId}, ${input.interventionId}, ${input.period}, ${input.resultsText}, ${input.comment})`;
  } else {
    const updated = await tx`
      update intervention_period_notes set results_text = ${input.resultsText}, comment = ${input.comment},
        version = version + 1
      where tenant_id = ${tenantId} and intervention_id = ${input.interventionId} and period = ${input.period}
        and version = ${input.expectedVersion}
      returning 1`;
    if (updated.length === 0) staleOrMissing('note', before !== undefined);
  }
  await recordAudit(tx, {
    action: 'note.save',
    entity: 'intervention',
    entityId: input.interventionId,
    before: before
      ? { period: before.period, resultsText: before.resultsText, comment: before.comment }
      : undefined,
    after: { period: input.period, resultsText: input.resultsText, comment: input.comment },
  });
  const [saved] = await selectNotes(tx, tenantId, [input.interventionId], input.period);
  if (!saved) throw new Error('saved note not found');
  return saved;
}
