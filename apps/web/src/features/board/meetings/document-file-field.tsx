import { MAX_DOCUMENT_BYTES } from '@samsyn/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileField } from '../../../components/form/file-field.tsx';
import type { Message, MessageKey } from '../../../lib/message-key.ts';
import { bytesToBase64 } from './meeting-shared.ts';

/** The types the API accepts for an uploaded document (it reads the type from the bytes again). */
const documentTypes = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

/**
 * A document to upload (an agenda item's file, an application's attachment): the chosen file and
 * its problem; `read` gives its name and bytes as base64, or null with the problem set (none
 * chosen, larger than the API takes).
 */
export function useDocumentFile(keys: { choose: MessageKey; tooLarge: MessageKey }) {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<Message | null>(null);
  return {
    problem,
    setProblem,
    setFile,
    read: async (): Promise<{ fileName: string; contentBase64: string } | null> => {
      if (!file) {
        setProblem({ key: keys.choose });
        return null;
      }
      if (file.size > MAX_DOCUMENT_BYTES) {
        setProblem({ key: keys.tooLarge });
        return null;
      }
      setProblem(null);
      return { fileName: file.name, contentBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
    },
  };
}

/** The file chooser of a document upload, with its problem beside it. */
export function DocumentFileField({
  upload,
  label,
  hint,
}: {
  upload: ReturnType<typeof useDocumentFile>;
  label: string;
  hint: string;
}) {
  const { t } = useTranslation();
  const { problem } = upload;
  return (
    <FileField
      label={label}
      hint={hint}
      error={problem ? t(problem.key, problem.values) : undefined}
      accept={documentTypes}
      onFile={(chosen) => {
        upload.setFile(chosen);
        upload.setProblem(null);
      }}
    />
  );
}
