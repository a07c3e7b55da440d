import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { MoveButtons } from '../../plan/plan-form-parts.tsx';
import { useTenant } from '../../tenant/use-tenant.ts';
import { ItemConflicts } from '../attendance/item-conflicts.tsx';
import { ItemDecision } from '../decisions/item-decision.tsx';
import { AgendaItemForm } from './agenda-item-form.tsx';
import { ItemDocuments } from './item-documents.tsx';
import { ItemMinutes } from './item-minutes.tsx';
import { type AgendaItem, itemHeading, type MeetingDetail } from './meeting-shared.ts';
import { useMeetingInvalidation } from './use-meeting-invalidation.ts';

/** Where an item's link to a plan, an intervention, an application or a period report leads. */
export function concernsPath(
  slug: string,
  item: Pick<AgendaItem, 'concernsKind' | 'concernsId'>,
): string | null {
  if (item.concernsKind === 'plan') return `/f/${slug}/plan/${item.concernsId}`;
  if (item.concernsKind === 'intervention') return `/f/${slug}/insatser/${item.concernsId}`;
  if (item.concernsKind === 'application') return `/f/${slug}/ansokningar/${item.concernsId}`;
  if (item.concernsKind === 'report') return `/f/${slug}/rapporter/${item.concernsId}`;
  return null;
}

/** One agenda item: its heading, what it concerns, its documents, minutes, jäv and decision. */
export function AgendaItemView({
  meeting,
  item,
  isEditable,
  isFirst,
  isLast,
  isMoving,
  onMove,
  onRemove,
  onNotice,
}: {
  meeting: MeetingDetail;
  item: AgendaItem;
  isEditable: boolean;
  isFirst: boolean;
  isLast: boolean;
  isMoving: boolean;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  onNotice: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const invalidates = useMeetingInvalidation(meeting.id);
  const editButton = useRef<HTMLButtonElement>(null);
  const [isEditing, setIsEditing] = useState(false);
  const update = useApiMutation(trpc.meetings.items.update.mutationOptions(), { invalidates });
  const path = concernsPath(tenant.slug, item);
  const headingId = `item-${item.id}-heading`;
  const locked = !isEditable;
  const closeForm = () => {
    setIsEditing(false);
    // Back to the button that opened the form, once it is there again.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <li className="meeting-item" aria-labelledby={headingId}>
      <h3 id={headingId}>{itemHeading(item)}</h3>
      {item.description ? <p className="meeting-item__description">{item.description}</p> : null}
      {item.concernsKind !== 'none' ? (
        <p>
          {t('boardMeetings.agenda.concerns')}:{' '}
          {path ? (
            <Link to={path}>{item.concernsName ?? item.concernsId}</Link>
          ) : (
            <>
              {t(`boardMeetings.documents.kinds.${item.concernsKind}`)} {item.concernsId}
            </>
          )}
        </p>
      ) : null}
      {isEditing ? (
        <AgendaItemForm
          item={item}
          heading={t('boardMeetings.agenda.editTitle')}
          isPending={update.isPending}
          onCancel={closeForm}
          onSave={async (fields) => {
            await update.mutateAsync({
              tenant: tenant.slug,
              itemId: item.id,
              expectedVersion: item.version,
              ...fields,
              paragraph: item.paragraph,
              minutes: item.minutes,
            });
            closeForm();
            onNotice({ key: 'boardMeetings.agenda.saved', values: { name: fields.title } });
          }}
        />
      ) : isEditable ? (
        <div className="button-row no-print">
          <button
            ref={editButton}
            type="button"
            className="button button--secondary plan-small-button"
            aria-label={t('boardMeetings.agenda.editNamed', { name: item.title })}
            onClick={() => {
              onNotice(null);
              setIsEditing(true);
            }}
          >
            {t('boardMeetings.agenda.edit')}
          </button>
          <MoveButtons
            name={item.title}
            moveKey={`item-${item.id}`}
            isFirst={isFirst}
            isLast={isLast}
            isPending={isMoving}
            onMove={onMove}
          />
          <button
            type="button"
            className="button button--secondary plan-small-button"
            aria-label={t('boardMeetings.agenda.removeNamed', { name: item.title })}
            onClick={onRemove}
          >
            {t('boardMeetings.agenda.remove')}
          </button>
        </div>
      ) : null}
      <ItemDocuments meetingId={meeting.id} item={item} isEditable={isEditable} onNotice={onNotice} />
      <ItemMinutes meetingId={meeting.id} item={item} isEditable={isEditable} onNotice={onNotice} />
      <ItemConflicts meetingId={meeting.id} itemId={item.id} locked={locked} />
      <ItemDecision
        meetingId={meeting.id}
        itemId={item.id}
        itemTitle={item.title}
        locked={locked}
        concernsApplication={item.concernsKind === 'application'}
      />
    </li>
  );
}
