import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, Notice } from '../../../components/notice.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { focusMoved, SettingsRowActions } from './settings-row-actions.tsx';
import { shortText } from './settings-text.ts';

export interface SettingsRow {
  id: string;
  active: boolean;
  version: number;
  /** Answers or scores that name it: then it cannot be deleted, only deactivated. */
  useCount: number;
  name: string;
}

/**
 * One of the settings page's ordered lists (checklist points, criteria): each row's content, its
 * inline edit form, and for admins the move/activate/delete buttons; every change announced, and
 * after a move the focus stays on the moved row.
 */
export function SettingsList<Row extends SettingsRow>({
  heading,
  empty,
  rows,
  isAdmin,
  isPending,
  renderRow,
  renderEdit,
  renderAdd,
  onMove,
  onToggleActive,
  onDelete,
}: {
  heading: string;
  empty: string;
  rows: Row[];
  isAdmin: boolean;
  isPending: boolean;
  renderRow: (row: Row) => ReactNode;
  renderEdit: (row: Row, done: (message: Message | null) => void) => ReactNode;
  renderAdd: (done: (message: Message) => void) => ReactNode;
  onMove: (row: Row, step: -1 | 1) => Promise<unknown>;
  onToggleActive: (row: Row) => Promise<unknown>;
  onDelete: (row: Row) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [focusAfter, setFocusAfter] = useState<{ id: string; step: -1 | 1 } | null>(null);
  useEffect(() => {
    if (!focusAfter) return;
    focusMoved(listRef.current, focusAfter.id, focusAfter.step);
    setFocusAfter(null);
  }, [focusAfter]);
  // Opening a row's edit form puts the focus in its first field; closing it, back on "Ändra".
  const [focusEdit, setFocusEdit] = useState<{ id: string; isOpen: boolean } | null>(null);
  useEffect(() => {
    if (!focusEdit) return;
    const row = listRef.current?.querySelector<HTMLElement>(`li[data-row="${focusEdit.id}"]`);
    (focusEdit.isOpen
      ? row?.querySelector<HTMLElement>('input, textarea, select')
      : row?.querySelector<HTMLElement>(`[data-edit="${focusEdit.id}"]`)
    )?.focus();
    setFocusEdit(null);
  }, [focusEdit]);

  const act = (promise: Promise<unknown>, message: Message, after?: () => void) => {
    setNotice(null);
    setError(null);
    void promise.then(
      () => {
        setNotice(message);
        after?.();
      },
      (failure: unknown) => setError(failure),
    );
  };

  return (
    <section aria-labelledby={headingId} className="review-section">
      <h2 id={headingId}>{heading}</h2>
      <Notice message={notice} />
      <ErrorNotice message={error ? errorMessageOf(error) : null} />
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol className="review-settings-list" ref={listRef}>
          {rows.map((row, index) => {
            const name = shortText(row.name);
            return (
              <li key={row.id} data-row={row.id}>
                {editing === row.id ? (
                  renderEdit(row, (message) => {
                    setEditing(null);
                    setFocusEdit({ id: row.id, isOpen: false });
                    if (message) setNotice(message);
                  })
                ) : (
                  <>
                    {renderRow(row)}
                    {isAdmin ? (
                      <SettingsRowActions
                        name={name}
                        moveKey={row.id}
                        isFirst={index === 0}
                        isLast={index === rows.length - 1}
                        isActive={row.active}
                        isUsed={row.useCount > 0}
                        isPending={isPending}
                        onEdit={() => {
                          setNotice(null);
                          setEditing(row.id);
                          setFocusEdit({ id: row.id, isOpen: true });
                        }}
                        onMove={(step) =>
                          act(
                            onMove(row, step),
                            {
                              key: 'applicationReview.settings.moved',
                              values: { name, position: index + step + 1 },
                            },
                            () => setFocusAfter({ id: row.id, step }),
                          )
                        }
                        onToggleActive={() =>
                          act(onToggleActive(row), {
                            key: row.active
                              ? 'applicationReview.settings.deactivated'
                              : 'applicationReview.settings.activated',
                            values: { name },
                          })
                        }
                        onDelete={async () => {
                          setNotice(null);
                          await onDelete(row);
                          setNotice({ key: 'applicationReview.settings.removed', values: { name } });
                        }}
                      />
                    ) : null}
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {isAdmin ? renderAdd((message) => setNotice(message)) : null}
      {isAdmin ? null : <p>{t('applicationReview.settings.readOnly')}</p>}
    </section>
  );
}
