import { z } from 'zod';
import { optionalText, requiredText, singleLineText } from '../text.ts';

/**
 * An agenda item's documents (issue 21): a link to a plan or an intervention in Samsyn, a web
 * link, or an uploaded file of at most 10 MB whose type is read from its bytes, never from its
 * name or the browser's claim: only PDF, Word (.docx), Excel (.xlsx), PNG and JPEG are kept.
 */

/** 0024's check on board_item_documents.content. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** The base64 text of MAX_DOCUMENT_BYTES bytes. */
export const MAX_DOCUMENT_BASE64_LENGTH = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4;

export const documentKinds = ['plan', 'intervention', 'application', 'report', 'link', 'file'] as const;
export type DocumentKind = (typeof documentKinds)[number];

const title = requiredText(
  singleLineText,
  300,
  'boardMeetings.documentTitleRequired',
  'boardMeetings.documentTitleTooLong',
);
/** A plan's or intervention's document takes its name when no title is given. */
const optionalTitle = optionalText(singleLineText, 300, 'boardMeetings.documentTitleTooLong');

export const webLinkSchema = z.object({
  title,
  url: singleLineText({ typeError: 'boardMeetings.urlInvalid' })
    .max(2000, 'boardMeetings.urlInvalid')
    .regex(/^https?:\/\/[^\s/]+\.\S*$/, 'boardMeetings.urlInvalid'),
});

export const fileUploadSchema = z.object({
  fileName: requiredText(
    singleLineText,
    255,
    'boardMeetings.fileNameInvalid',
    'boardMeetings.fileNameInvalid',
  )
    // A name, never a path: it becomes the download's file name.
    .regex(/^[^/\\:*?"<>|]+$/, 'boardMeetings.fileNameInvalid'),
  contentBase64: z
    .string({ error: 'boardMeetings.fileRequired' })
    .min(1, 'boardMeetings.fileRequired')
    .max(MAX_DOCUMENT_BASE64_LENGTH, 'boardMeetings.fileTooLarge')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'boardMeetings.fileUnreadable'),
});

/** What `meetings.documents.add` takes. */
export const documentInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('plan'),
      planId: z.uuid({ error: 'boardMeetings.planRequired' }),
      title: optionalTitle,
    }),
    z.object({
      kind: z.literal('intervention'),
      interventionId: z.uuid({ error: 'boardMeetings.interventionRequired' }),
      title: optionalTitle,
    }),
    z.object({ kind: z.literal('link'), ...webLinkSchema.shape }),
    z.object({ kind: z.literal('file'), ...fileUploadSchema.shape }),
  ],
  { error: 'boardMeetings.documentKindInvalid' },
);
export type DocumentInput = z.output<typeof documentInputSchema>;

export interface SniffedType {
  contentType: string;
  extension: string;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

/** Whether `needle` (ASCII) occurs in the bytes: an OOXML zip names its parts in plain text. */
function contains(bytes: Uint8Array, needle: string): boolean {
  const pattern = ascii(needle);
  const first = pattern[0];
  outer: for (
    let index = bytes.indexOf(first as number);
    index >= 0;
    index = bytes.indexOf(first as number, index + 1)
  ) {
    if (index + pattern.length > bytes.length) return false;
    for (let offset = 1; offset < pattern.length; offset += 1)
      if (bytes[index + offset] !== pattern[offset]) continue outer;
    return true;
  }
  return false;
}

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * The type of an uploaded file read from its first bytes (and, for the Office formats, the parts
 * its zip names); null for anything else, which is refused. A zip that is neither a Word nor an
 * Excel document is refused too.
 */
export function sniffDocumentType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, PDF)) return { contentType: 'application/pdf', extension: 'pdf' };
  if (startsWith(bytes, PNG)) return { contentType: 'image/png', extension: 'png' };
  if (startsWith(bytes, JPEG)) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(bytes, ZIP) && contains(bytes, '[Content_Types].xml')) {
    if (contains(bytes, 'word/document.xml'))
      return {
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    if (contains(bytes, 'xl/workbook.xml'))
      return {
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
  }
  return null;
}
