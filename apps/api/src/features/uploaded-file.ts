import { MAX_DOCUMENT_BYTES, sniffDocumentType, throwIfProblems, ValidationFailed } from '@samsyn/domain';

/** The areas that take uploads; each has `invalid`, `fileRequired`, `fileTooLarge` and `fileTypeRefused` keys. */
type UploadArea = 'applications' | 'boardMeetings';

/**
 * An uploaded file's bytes and their type. The type is read from the bytes, never from the name or
 * the browser's claim; an empty file, one over 10 MB, or one that is not pdf, docx, xlsx, png or
 * jpeg is refused with the area's Swedish sentence beside the file field at `path`.
 */
export function readUploadedFile(
  contentBase64: string,
  area: UploadArea,
  path: readonly (string | number)[],
): { content: Buffer; contentType: string } {
  const content = Buffer.from(contentBase64, 'base64');
  throwIfProblems(
    `${area}.invalid`,
    content.length === 0
      ? [{ key: `${area}.fileRequired`, path }]
      : content.length > MAX_DOCUMENT_BYTES
        ? [{ key: `${area}.fileTooLarge`, path }]
        : [],
  );
  const type = sniffDocumentType(content);
  // The reason is the sentence the form shows above it; the problem puts it beside the file field.
  if (!type)
    throw new ValidationFailed(`${area}.fileTypeRefused`, [{ key: `${area}.fileTypeRefused`, path }]);
  return { content, contentType: type.contentType };
}
