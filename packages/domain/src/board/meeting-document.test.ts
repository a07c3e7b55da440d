import { describe, expect, it } from 'vitest';
import { problemsFromZodError } from '../validation-problem.ts';
import { documentInputSchema, MAX_DOCUMENT_BASE64_LENGTH, sniffDocumentType } from './meeting-document.ts';

const bytes = (text: string, prefix: number[] = []) =>
  new Uint8Array([...prefix, ...Array.from(text, (char) => char.charCodeAt(0))]);
const zip = (...names: string[]) => bytes(`\u0014\u0000${names.join('\u0000')}`, [0x50, 0x4b, 0x03, 0x04]);

describe('sniffDocumentType', () => {
  it('reads PDF, PNG and JPEG from their first bytes', () => {
    expect(sniffDocumentType(bytes('%PDF-1.4\n%âãÏÓ'))).toEqual({
      contentType: 'application/pdf',
      extension: 'pdf',
    });
    expect(
      sniffDocumentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.extension,
    ).toBe('png');
    expect(sniffDocumentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]))?.extension).toBe('jpg');
  });

  it('tells a Word document from an Excel workbook by the parts their zip names', () => {
    expect(sniffDocumentType(zip('[Content_Types].xml', 'word/document.xml'))?.extension).toBe('docx');
    expect(sniffDocumentType(zip('[Content_Types].xml', 'xl/workbook.xml'))?.extension).toBe('xlsx');
  });

  it('refuses anything else, whatever its name says: a plain zip, HTML, an executable, nothing', () => {
    expect(sniffDocumentType(zip('readme.txt'))).toBeNull();
    expect(sniffDocumentType(bytes('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffDocumentType(bytes('MZ\u0090\u0000'))).toBeNull();
    expect(sniffDocumentType(new Uint8Array())).toBeNull();
    expect(sniffDocumentType(bytes('%PD'))).toBeNull();
  });
});

describe('documentInputSchema', () => {
  const problemsOf = (input: unknown) => {
    const result = documentInputSchema.safeParse(input);
    return result.success
      ? []
      : problemsFromZodError(result.error).map((p) => `${p.path.join('.')}:${p.key}`);
  };

  it('takes a web link with its title', () => {
    expect(problemsOf({ kind: 'link', title: 'Förbundsordning', url: 'https://example.se/fo.pdf' })).toEqual(
      [],
    );
    expect(problemsOf({ kind: 'link', title: '', url: 'ftp://example.se' })).toEqual([
      'title:boardMeetings.documentTitleRequired',
      'url:boardMeetings.urlInvalid',
    ]);
  });

  it('refuses a file name that is a path, and a file over 10 MB before decoding it', () => {
    expect(problemsOf({ kind: 'file', fileName: '../../etc/passwd', contentBase64: 'JVBERi0=' })).toEqual([
      'fileName:boardMeetings.fileNameInvalid',
    ]);
    expect(
      problemsOf({
        kind: 'file',
        fileName: 'a.pdf',
        contentBase64: 'A'.repeat(MAX_DOCUMENT_BASE64_LENGTH + 4),
      }),
    ).toEqual(['contentBase64:boardMeetings.fileTooLarge']);
  });

  it('refuses an unknown kind', () => {
    expect(problemsOf({ kind: 'virus' })).toEqual(['kind:boardMeetings.documentKindInvalid']);
  });
});
