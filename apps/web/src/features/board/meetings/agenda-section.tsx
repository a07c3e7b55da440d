import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorNotice } from '../../../components/notice.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { focusMoved } from '../../plan/plan-form-parts.tsx';
import { useTenant } from '../../tenant/use-tenant.ts';
import { AgendaItemView } from './agenda-item.tsx';
import { AgendaItemForm } from './agenda-item-form.tsx';
import type { AgendaItem, MeetingSectionProps } from './meeting-shared.ts';
import { useMeetingInvalidation } from './use-meeting-invalidation.ts';

/**
 * The agenda (föredragningslista): the items in order, each with its documents, minutes, jäv and
 * decision; editors add, edit, move (focus stays on the moved item's button, the new place is
 * announced) and remove items. Agenda changes carry the meeting's version.
 */
export function AgendaSection({ meeting, isEditable, onNotice }: MeetingSectionProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const invalidates = useMeetingInvalidation(meeting.id);
  const listRef = useRef<HTMLOListElement>(null);
  const [isAdding, setIsAdding] = useState(false);
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  const [focusAfter, setFocusAfter] = useState<{ key: string; step: -1 | 1 } | null>(null);
  const edit = { tenant: tenant.slug, meetingId: meeting.id, expectedVersion: meeting.version };
  const add = useApiMutation(trpc.meetings.items.add.mutationOptions(), { invalidates });
  const move = useApiMutation(trpc.meetings.items.move.mutationOptions(), { invalidates });
  const remove = useApiMutation(trpc.meetings.items.remove.mutationOptions(), { invalidates });

  // After the moved list has rendered: focus back on the item's move button.
  useEffect(() => {
    if (!focusAfter) return;
    focusMoved(listRef.current, focusAfter.key, focusAfter.step);
    setFocusAfter(null);
  }, [focusAfter]);

  function moveItem(item: AgendaItem, index: number, step: -1 | 1) {
    if (move.isPending) return;
    onNotice(null);
    move.mutate(
      { ...edit, itemId: item.id, step },
      {
        onSuccess: () => {
          setFocusAfter({ key: `item-${item.id}`, step });
          onNotice({
            key: 'boardMeetings.agenda.moved',
            values: { name: item.title, position: index + step + 1, count: meeting.items.length },
          });
        },
      },
    );
  }

  return (
    <section aria-labelledby="meeting-agenda" className="meeting-section">
      <h2 id="meeting-agenda">{t('boardMeetings.agenda.heading')}</h2>
      <ErrorNotice message={move.isError ? errorMessageOf(move.error) : null} />
      {meeting.items.length === 0 ? <p>{t('boardMeetings.agenda.empty')}</p> : null}
      <ol className="meeting-agenda" ref={listRef}>
        {meeting.items.map((item, index) => (
          <AgendaItemView
            key={item.id}
            meeting={meeting}
            item={item}
            isEditable={isEditable}
            isFirst={index === 0}
            isLast={index === meeting.items.length - 1}
            isMoving={move.isPending}
            onMove={(step) => moveItem(item, index, step)}
            onRemove={() => setRemoving(item)}
            onNotice={onNotice}
          />
        ))}
      </ol>
      {isEditable && isAdding ? (
        <AgendaItemForm
          item={null}
          heading={t('boardMeetings.agenda.addTitle')}
          isPending={add.isPending}
          onCancel={() => setIsAdding(false)}
          onSave={async (fields) => {
            await add.mutateAsync({ ...edit, ...fields });
            setIsAdding(false);
            onNotice({ key: 'boardMeetings.agenda.added', values: { name: fields.title } });
          }}
        />
      ) : null}
      {isEditable && !isAdding ? (
        <p className="no-print">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              onNotice(null);
              setIsAdding(true);
            }}
          >
            {t('boardMeetings.agenda.add')}
          </button>
        </p>
      ) : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title={t('boardMeetings.agenda.removeTitle')}
        confirmLabel={t('boardMeetings.agenda.remove')}
        isPending={remove.isPending}
        error={remove.error ? errorMessageOf(remove.error) : null}
        onCancel={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() => {
          if (!removing) return;
          const name = removing.title;
          remove.mutate(
            { ...edit, itemId: removing.id },
            {
              onSuccess: () => {
                setRemoving(null);
                onNotice({ key: 'boardMeetings.agenda.removed', values: { name } });
              },
            },
          );
        }}
      >
        <p>{t('boardMeetings.agenda.removeBody', { name: removing?.title ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
