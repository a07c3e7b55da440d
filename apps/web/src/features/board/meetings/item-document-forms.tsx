import { webLinkSchema } from '@samsyn/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/filter-field.tsx';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { FieldProblem, useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { ErrorNotice } from '../../../components/notice.tsx';
import { apiErrorDataOf } from '../../../lib/api-error.ts';
import { errorMessageOf, issueMessageKey } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { SaveOrCancel } from '../../plan/plan-form-parts.tsx';
import { useTenant } from '../../tenant/use-tenant.ts';
import { DocumentFileField, useDocumentFile } from './document-file-field.tsx';
import type { AgendaItem } from './meeting-shared.ts';
import { useLinkTargets } from './use-link-targets.ts';
import { useMeetingInvalidation } from './use-meeting-invalidation.ts';

interface FormProps {
  meetingId: string;
  item: AgendaItem;
  /** The added document's name, or null when cancelled. */
  onDone: (name: string | null) => void;
}

/** `documents.add` for this item; the API's issues under `document.` belong to the form's own fields. */
function useAddDocument(meetingId: string, item: AgendaItem) {
  const trpc = useTRPC();
  const tenant = useTenant();
  const invalidates = useMeetingInvalidation(meetingId);
  const add = useApiMutation(trpc.meetings.documents.add.mutationOptions(), { invalidates });
  const send = async (document: Parameters<typeof add.mutateAsync>[0]['document']) => {
    try {
      await add.mutateAsync({
        tenant: tenant.slug,
        itemId: item.id,
        expectedVersion: item.version,
        document,
      });
    } catch (error) {
      const issue = apiErrorDataOf(error)?.issues?.find((entry) => entry.path.startsWith('document.'));
      if (issue) throw new FieldProblem(issue.path.slice('document.'.length), issue.message);
      throw error;
    }
  };
  return { send, isPending: add.isPending };
}

/** A web link with its title. */
export function DocumentLinkForm({ meetingId, item, onDone }: FormProps) {
  const { t } = useTranslation();
  const { send, isPending } = useAddDocument(meetingId, item);
  const form = useSchemaForm({
    schema: webLinkSchema,
    defaultValues: { title: '', url: 'https://' },
    labels: { title: t('boardMeetings.documents.title'), url: t('boardMeetings.documents.url') },
  });
  const onSubmit = form.submit(async (link) => {
    if (isPending) return;
    await send({ kind: 'link', ...link });
    onDone(link.title);
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="meeting-panel"
      heading={t('boardMeetings.documents.linkTitle')}
    >
      <TextField form={form} name="title" autoComplete="off" />
      <TextField
        form={form}
        name="url"
        type="url"
        autoComplete="off"
        hint={t('boardMeetings.documents.urlHint')}
      />
      <SaveOrCancel
        isPending={isPending}
        onCancel={() => onDone(null)}
        label={t('boardMeetings.documents.addButton')}
      />
    </KitForm>
  );
}

/** An uploaded file: its bytes go as base64; the API reads its type from them and refuses the rest. */
export function DocumentFileForm({ meetingId, item, onDone }: FormProps) {
  const { t } = useTranslation();
  const { send, isPending } = useAddDocument(meetingId, item);
  const upload = useDocumentFile({
    choose: 'boardMeetings.documents.chooseFile',
    tooLarge: 'boardMeetings.documents.fileTooLarge',
  });
  const [failure, setFailure] = useState<Message | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    setFailure(null);
    try {
      const chosen = await upload.read();
      if (!chosen) return;
      await send({ kind: 'file', ...chosen });
      onDone(chosen.fileName);
    } catch (error) {
      if (error instanceof FieldProblem) upload.setProblem({ key: issueMessageKey(error.key) });
      else setFailure(errorMessageOf(error));
    }
  }
  return (
    <form className="meeting-panel" noValidate onSubmit={onSubmit} aria-labelledby={`upload-${item.id}`}>
      <h5 id={`upload-${item.id}`}>{t('boardMeetings.documents.uploadTitle')}</h5>
      <ErrorNotice message={failure} />
      <DocumentFileField
        upload={upload}
        label={t('boardMeetings.documents.fileLabel')}
        hint={t('boardMeetings.documents.uploadHint')}
      />
      <SaveOrCancel
        isPending={isPending}
        onCancel={() => onDone(null)}
        label={t('boardMeetings.documents.uploadButton')}
      />
    </form>
  );
}

/** A link to one of the förbund's plans or interventions. */
export function DocumentSamsynForm({ meetingId, item, onDone }: FormProps) {
  const { t } = useTranslation();
  const targets = useLinkTargets();
  const { send, isPending } = useAddDocument(meetingId, item);
  const [kind, setKind] = useState<'plan' | 'intervention'>(
    item.concernsKind === 'intervention' ? 'intervention' : 'plan',
  );
  const [targetId, setTargetId] = useState('');
  const [failure, setFailure] = useState<Message | null>(null);
  const choices = kind === 'plan' ? targets.plans : targets.interventions;
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const chosen = choices.find((choice) => choice.value === targetId);
    if (!chosen)
      return setFailure({
        key:
          kind === 'plan'
            ? 'validation.boardMeetings.planRequired'
            : 'validation.boardMeetings.interventionRequired',
      });
    setFailure(null);
    try {
      await send(
        kind === 'plan'
          ? { kind, planId: chosen.value, title: '' }
          : { kind, interventionId: chosen.value, title: '' },
      );
      onDone(chosen.label);
    } catch (error) {
      setFailure(errorMessageOf(error));
    }
  }
  return (
    <form className="meeting-panel" noValidate onSubmit={onSubmit} aria-labelledby={`samsyn-${item.id}`}>
      <h5 id={`samsyn-${item.id}`}>{t('boardMeetings.documents.linkSamsynTitle')}</h5>
      <ErrorNotice message={failure} />
      <FilterSelect
        label={t('boardMeetings.documents.kind')}
        value={kind}
        onChange={(value) => {
          setKind(value);
          setTargetId('');
        }}
        choices={[
          { value: 'plan', label: t('boardMeetings.documents.plan') },
          { value: 'intervention', label: t('boardMeetings.documents.intervention') },
        ]}
      />
      <FilterSelect
        label={t('boardMeetings.documents.which')}
        value={targetId}
        onChange={setTargetId}
        choices={[{ value: '', label: t('boardMeetings.agenda.choose') }, ...choices]}
      />
      <SaveOrCancel
        isPending={isPending}
        onCancel={() => onDone(null)}
        label={t('boardMeetings.documents.addButton')}
      />
    </form>
  );
}
