import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../../components/notice.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { DocumentFileForm, DocumentLinkForm, DocumentSamsynForm } from './item-document-forms.tsx';
import { fileSizeText, type ItemDocument, type ItemPartProps } from './meeting-shared.ts';
import { useMeetingInvalidation } from './use-meeting-invalidation.ts';

type Mode = 'link' | 'file' | 'samsyn';

/** An item's documents: links to plans and interventions, web links and files; editors add and remove. */
export function ItemDocuments({ meetingId, item, isEditable, onNotice }: ItemPartProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const invalidates = useMeetingInvalidation(meetingId);
  const [mode, setMode] = useState<Mode | null>(null);
  const remove = useApiMutation(trpc.meetings.documents.remove.mutationOptions(), { invalidates });
  const done = (name: string | null) => {
    setMode(null);
    if (name) onNotice({ key: 'boardMeetings.documents.added', values: { name } });
  };
  const modes: { mode: Mode; label: string }[] = [
    { mode: 'file', label: t('boardMeetings.documents.upload') },
    { mode: 'link', label: t('boardMeetings.documents.addLink') },
    { mode: 'samsyn', label: t('boardMeetings.documents.linkSamsyn') },
  ];
  return (
    <div className="meeting-item__part">
      <h4>{t('boardMeetings.documents.heading')}</h4>
      {item.documents.length === 0 ? <p>{t('boardMeetings.documents.none')}</p> : null}
      <ul className="meeting-documents">
        {item.documents.map((document) => (
          <li key={document.id}>
            <DocumentLink document={document} />
            {isEditable ? (
              <button
                type="button"
                className="button button--secondary plan-small-button no-print"
                aria-label={t('boardMeetings.documents.removeNamed', { name: document.title })}
                aria-disabled={remove.isPending}
                onClick={() =>
                  !remove.isPending &&
                  remove.mutate(
                    {
                      tenant: tenant.slug,
                      itemId: item.id,
                      expectedVersion: item.version,
                      documentId: document.id,
                    },
                    {
                      onSuccess: () =>
                        onNotice({
                          key: 'boardMeetings.documents.removed',
                          values: { name: document.title },
                        }),
                    },
                  )
                }
              >
                {t('boardMeetings.documents.remove')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <ErrorNotice message={remove.isError ? errorMessageOf(remove.error) : null} />
      {isEditable && mode === 'file' ? (
        <DocumentFileForm item={item} meetingId={meetingId} onDone={done} />
      ) : null}
      {isEditable && mode === 'link' ? (
        <DocumentLinkForm item={item} meetingId={meetingId} onDone={done} />
      ) : null}
      {isEditable && mode === 'samsyn' ? (
        <DocumentSamsynForm item={item} meetingId={meetingId} onDone={done} />
      ) : null}
      {isEditable && mode === null ? (
        <div className="button-row no-print">
          {modes.map((entry) => (
            <button
              key={entry.mode}
              type="button"
              className="button button--secondary plan-small-button"
              aria-label={`${entry.label}: ${item.title}`}
              onClick={() => {
                onNotice(null);
                setMode(entry.mode);
              }}
            >
              {entry.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** A document as a link: a file downloads, a web link opens, a plan or an intervention opens in Samsyn. */
export function DocumentLink({ document }: { document: ItemDocument }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  if (document.kind === 'file')
    return (
      <a href={`/api/board-documents/${tenant.slug}/${document.id}`} download={document.fileName ?? true}>
        {t('boardMeetings.documents.file', { name: document.title, size: fileSizeText(document.size ?? 0) })}
      </a>
    );
  if (document.kind === 'link' && document.url)
    return (
      <a href={document.url} rel="noopener noreferrer">
        {document.title}
      </a>
    );
  if (document.kind === 'plan')
    return (
      <Link to={`/f/${tenant.slug}/plan/${document.planId}`}>
        {t('boardMeetings.documents.planLink', { name: document.title })}
      </Link>
    );
  if (document.kind === 'intervention')
    return (
      <Link to={`/f/${tenant.slug}/insatser/${document.interventionId}`}>
        {t('boardMeetings.documents.interventionLink', { name: document.title })}
      </Link>
    );
  if (document.kind === 'application')
    return (
      <Link to={`/f/${tenant.slug}/ansokningar/${document.applicationId}`}>
        {t('boardMeetings.documents.kinds.application')}: {document.title}
      </Link>
    );
  return <span>{document.title}</span>;
}
