import { Fragment, type ReactNode, useState } from 'react';
import type { Message } from '../../../lib/message-key.ts';
import { useFocusAfterAct } from './agreement-shared.ts';

/**
 * The state of an agreement's table of rows (the payment plan, the report deadlines): its notice,
 * the row being changed in place or a new one being added, and its heading that takes focus once
 * an act's button has gone away.
 */
export function useAgreementPart<Row>() {
  const [notice, setNotice] = useState<Message | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const [editing, setEditing] = useState<Row | null>(null);
  const heading = useFocusAfterAct<HTMLHeadingElement>();
  return {
    notice,
    setNotice,
    isAdding,
    setIsAdding,
    editing,
    setEditing,
    heading,
    /** After an act whose button goes away: its notice, and focus to the part's heading. */
    announce: (message: Message) => {
      setNotice(message);
      heading.focusLater();
    },
    /** 'Ändra' on a row: its form in place of a new row's. */
    edit: (row: Row) => {
      setIsAdding(false);
      setEditing(row);
    },
  };
}

export type AgreementPart<Row> = ReturnType<typeof useAgreementPart<Row>>;

/**
 * The part's forms below its table: the row being changed (focus back to the heading when done or
 * cancelled), and a new row's form behind its add button.
 */
export function AgreementPartForms<Row extends { id: string }>({
  part,
  addLabel,
  form,
}: {
  part: AgreementPart<Row>;
  addLabel: string;
  /** The part's form for a row (null: a new one), calling `onDone` with its notice or null when cancelled. */
  form: (row: Row | null, onDone: (message: Message | null) => void) => ReactNode;
}) {
  return (
    <>
      {part.editing ? (
        <Fragment key={part.editing.id}>
          {form(part.editing, (message) => {
            part.setEditing(null);
            part.setNotice(message);
            part.heading.focusLater();
          })}
        </Fragment>
      ) : null}
      {part.isAdding ? (
        form(null, (message) => {
          part.setIsAdding(false);
          part.setNotice(message);
        })
      ) : (
        <button type="button" className="button button--secondary" onClick={() => part.setIsAdding(true)}>
          {addLabel}
        </button>
      )}
    </>
  );
}
