import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../components/form/submit-button.tsx';
import { Notice } from '../../components/notice.tsx';
import { QueryState } from '../../components/query-state.tsx';
import type { Message } from '../../lib/message-key.ts';

/** What each section of the closing page is given: the period, and whether the user may save. */
export interface ClosingSectionProps {
  year: number;
  throughMonth: number;
  canEdit: boolean;
}

/**
 * A section of the closing page (the result figures, the forecast): its heading and intro, then
 * the form once its data has loaded.
 */
export function ClosingSection<Data>({
  title,
  intro,
  query,
  children,
}: {
  title: string;
  intro: string;
  query: UseQueryResult<Data, unknown>;
  children: (data: Data) => ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{intro}</p>
      <QueryState query={query}>{children}</QueryState>
    </section>
  );
}

/** A closing form's save button, for those who may save, and the notice after saving. */
export function ClosingSave({
  canEdit,
  label,
  save,
}: {
  canEdit: boolean;
  label: string;
  save: { isPending: boolean; notice: Message | null };
}) {
  const { t } = useTranslation();
  return (
    <>
      {canEdit ? (
        <div className="economy-actions">
          <SubmitButton label={label} isPending={save.isPending} pendingLabel={t('economy.common.saving')} />
        </div>
      ) : null}
      <Notice message={save.notice} />
    </>
  );
}
