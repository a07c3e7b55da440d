import type { ReactNode } from 'react';
import type { Column } from '../../../components/column-headers.tsx';
import { DataTable, RowActions } from '../../../components/data-table.tsx';
import { Notice } from '../../../components/notice.tsx';
import type { Message } from '../../../lib/message-key.ts';
import { type AgreementPart, AgreementPartForms } from './agreement-part.tsx';

/**
 * An agreement's part as a table of rows (the payment plan, the report deadlines): its heading,
 * which takes focus after an act, what it says above the table, a row per item with its buttons
 * while the agreement is open to this user, the part's notice, its forms, and its dialogs
 * (`children`).
 */
export function AgreementPartTable<Row extends { id: string }>({
  part,
  heading,
  intro,
  columns,
  actionsLabel,
  rows,
  empty,
  cells,
  open,
  children,
}: {
  part: AgreementPart<Row>;
  heading: string;
  intro?: ReactNode;
  columns: Column[];
  /** The buttons' column, named for screen readers only. */
  actionsLabel: string;
  rows: readonly Row[];
  empty: string;
  /** A row's cells, the first a `th scope="row"`. */
  cells: (row: Row) => ReactNode;
  /** While the user may change the part: each row's buttons, the add button's text and the form. */
  open: {
    actions: (row: Row) => ReactNode;
    addLabel: string;
    form: (row: Row | null, onDone: (message: Message | null) => void) => ReactNode;
  } | null;
  children?: ReactNode;
}) {
  return (
    <section className="agreement-part">
      <h3 ref={part.heading.ref} tabIndex={-1}>
        {heading}
      </h3>
      {intro}
      <DataTable
        title={heading}
        caption={<span className="visually-hidden">{heading}</span>}
        columns={[...columns, ...(open ? [{ label: actionsLabel, isHidden: true as const }] : [])]}
        rows={rows}
        rowKey={(row) => row.id}
        empty={empty}
      >
        {(row) => (
          <>
            {cells(row)}
            {open ? <RowActions>{open.actions(row)}</RowActions> : null}
          </>
        )}
      </DataTable>
      <Notice message={part.notice} />
      {open ? <AgreementPartForms part={part} addLabel={open.addLabel} form={open.form} /> : null}
      {children}
    </section>
  );
}
