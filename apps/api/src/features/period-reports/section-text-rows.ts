import type { TransactionSql } from '@samsyn/db';
import { DomainError, textChangeRefusal, type WrittenBlock } from '@samsyn/domain';
import type { LockedSection } from './report-rows.ts';
import { reportBackToDraft } from './report-rows.ts';

/**
 * Makes `body` the section's current text: the next text version, a history row saved by the
 * caller, the section's version moved on, and a report marked ready back to draft. Refused while
 * the section is marked ready (`periodReport.sectionReady`). Shared by saveText and restoreText.
 */
export async function storeSectionText(
  tx: TransactionSql,
  tenantId: string,
  userId: string,
  section: LockedSection,
  body: readonly WrittenBlock[],
): Promise<{ textVersion: number; version: number; backToDraft: boolean }> {
  const refusal = textChangeRefusal(section.reportStatus, section);
  if (refusal) throw new DomainError('CONFLICT', refusal);
  const [row] = await tx<{ textVersion: number; version: number }[]>`
    update period_report_sections set body = ${tx.json(body as never)}, text_version = text_version + 1,
      version = version + 1
    where tenant_id = ${tenantId} and id = ${section.id}
    returning text_version as "textVersion", version`;
  if (!row) throw new Error('period report section update returned no row');
  await tx`
    insert into period_report_section_texts (tenant_id, section_id, text_version, body, saved_by)
    values (${tenantId}, ${section.id}, ${row.textVersion}, ${tx.json(body as never)}, ${userId})`;
  const backToDraft = await reportBackToDraft(tx, tenantId, section.reportId, section.reportStatus);
  return { ...row, backToDraft };
}
