import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { QueryState } from '../../components/query-state.tsx';

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
