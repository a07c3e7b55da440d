import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { Notice } from '../../../components/notice.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { NoteForm } from './note-form.tsx';
import { nextNoteNumber } from './note-form-values.ts';
import { NoteTable } from './note-table.tsx';
import type { ListedNote, NotesView } from './notes-types.ts';
import { statementLineLabel } from './statement-lines.ts';
import './notes.css';

/**
 * The notes (Not 1 Verksamhetens intäkter …) of a report, each as a table with its live check
 * against its statement line; editors add, change and remove them (removal asks first). Shown on
 * the notes section's page. Saving and removing are announced; focus returns to the heading.
 */
export function NotesEditor({ reportId, canEdit }: { reportId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const query = useQuery(trpc.reportNotes.list.queryOptions({ tenant: tenant.slug, reportId }));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [editing, setEditing] = useState<'new' | string | null>(null);
  const [notice, setNotice] = useState<Message | null>(null);
  const close = (message: Message | null) => {
    setEditing(null);
    setNotice(message);
    headingRef.current?.focus();
  };
  return (
    <section className="notes-editor" aria-labelledby="notes-editor-heading">
      <h2 id="notes-editor-heading" ref={headingRef} tabIndex={-1}>
        {t('reportNotesPages.heading')}
      </h2>
      <p>{t('reportNotesPages.intro')}</p>
      <Notice message={notice} />
      <QueryState query={query}>
        {(data) => (
          <NotesBody
            data={data}
            reportId={reportId}
            canEdit={canEdit && !data.isAdopted}
            editing={editing}
            onEdit={(id) => {
              setNotice(null);
              setEditing(id);
            }}
            onClose={close}
          />
        )}
      </QueryState>
    </section>
  );
}

function NotesBody({
  data,
  reportId,
  canEdit,
  editing,
  onEdit,
  onClose,
}: {
  data: NotesView;
  reportId: string;
  canEdit: boolean;
  editing: 'new' | string | null;
  onEdit: (id: 'new' | string) => void;
  onClose: (message: Message | null) => void;
}) {
  const { t } = useTranslation();
  const formFor = (note: ListedNote | null) => (
    <NoteForm
      reportId={reportId}
      note={note}
      nextNumber={nextNoteNumber(data.notes)}
      balanceLines={data.balanceLines}
      columns={data.columns}
      onSaved={(number) => onClose({ key: 'reportNotesPages.saved', values: { number } })}
      onCancel={() => onClose(null)}
    />
  );
  return (
    <>
      {data.isAdopted ? <p>{t('reportNotesPages.adopted')}</p> : null}
      {data.notes.length === 0 ? <p>{t('reportNotesPages.empty')}</p> : null}
      {data.notes.map((note) =>
        editing === note.id ? (
          <div key={note.id} className="note-card">
            {formFor(note)}
          </div>
        ) : (
          <div key={note.id} className="note-card">
            <NoteTable
              note={note}
              statementLine={statementLineLabel(data.balanceLines, note.statementLine)}
            />
            {canEdit ? (
              <div className="button-row">
                <button type="button" className="button button--secondary" onClick={() => onEdit(note.id)}>
                  {t('reportNotesPages.edit', { number: note.number })}
                </button>
                <DeleteNote note={note} onDeleted={onClose} />
              </div>
            ) : null}
          </div>
        ),
      )}
      {canEdit && editing === 'new' ? formFor(null) : null}
      {canEdit && editing === null ? (
        <button type="button" className="button button--primary" onClick={() => onEdit('new')}>
          {t('reportNotesPages.add')}
        </button>
      ) : null}
    </>
  );
}

/** "Ta bort not 3", asking first; a refusal (an adopted report, a stale version) shows in the dialog. */
function DeleteNote({ note, onDeleted }: { note: ListedNote; onDeleted: (message: Message) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const [isOpen, setIsOpen] = useState(false);
  const remove = useApiMutation(trpc.reportNotes.delete.mutationOptions(), {
    invalidates: () => [trpc.reportNotes.pathFilter(), trpc.reportContent.pathFilter()],
  });
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setIsOpen(true)}>
        {t('reportNotesPages.delete', { number: note.number })}
      </button>
      <ConfirmDialog
        isOpen={isOpen}
        title={t('reportNotesPages.confirmDelete.title', { number: note.number })}
        confirmLabel={t('reportNotesPages.confirmDelete.confirm')}
        isPending={remove.isPending}
        error={remove.error ? errorMessageOf(remove.error) : null}
        onConfirm={() =>
          remove.mutate(
            { tenant: tenant.slug, noteId: note.id, expectedVersion: note.version },
            {
              onSuccess: () => {
                setIsOpen(false);
                onDeleted({ key: 'reportNotesPages.deleted', values: { number: note.number } });
              },
            },
          )
        }
        onCancel={() => {
          setIsOpen(false);
          remove.reset();
        }}
      >
        <p>{t('reportNotesPages.confirmDelete.body', { title: note.title })}</p>
      </ConfirmDialog>
    </>
  );
}
