import { readFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { ReportDocument } from '@samsyn/domain';
import { type OutputVersion, printModel, type ReportLogo } from './print-model.ts';

const template = readFileSync(new URL('./report.typ', import.meta.url), 'utf8');

/**
 * PDF/UA-1 was tried through the node compiler's `pdfStandard: 'ua-1'` and kept: Typst 0.14 checks
 * the document against it while exporting (title, language, alt text on images) and refuses to write
 * one that breaks it, so a report that compiles is a conforming tagged PDF.
 */
const PDF_STANDARD = 'ua-1';

/** A root of its own, never read from disk: the logo is mapped into it as a virtual file. */
const WORKSPACE = '/samsyn-report-output';

let compiler: NodeCompiler | undefined;

/** One compiler for the process: it holds Typst's embedded fonts, which cost to load each time. */
function typst(): NodeCompiler {
  compiler ??= NodeCompiler.create({ workspace: WORKSPACE });
  return compiler;
}

/**
 * A report as a tagged PDF through Typst (report.typ): the document goes in as JSON, the logo as a
 * virtual file, the template is fixed. Synchronous inside the compiler, so the logo's virtual file
 * can't be seen by another render. The text is set in Typst's embedded Libertinus Serif, so the
 * same document gives the same bytes on any machine.
 *
 * Should a document still break a PDF/UA-1 rule the print model does not foresee, it is written
 * tagged without claiming the standard, and a logo Typst cannot read is left out, rather than the
 * download failing.
 */
export function renderPdf(
  document: ReportDocument,
  options: { version: OutputVersion; logo: ReportLogo | null },
): Uint8Array {
  const compiler = typst();
  const model = JSON.stringify(printModel(document, options.version));
  const attempts = [
    { logo: options.logo, standard: PDF_STANDARD },
    { logo: options.logo, standard: undefined },
    ...(options.logo ? [{ logo: null, standard: undefined }] : []),
  ];
  let failure: unknown;
  for (const attempt of attempts) {
    const logoPath = attempt.logo ? `/logo.${attempt.logo.mediaType === 'image/png' ? 'png' : 'jpg'}` : '';
    compiler.resetShadow();
    if (attempt.logo) compiler.mapShadow(`${WORKSPACE}${logoPath}`, Buffer.from(attempt.logo.bytes));
    try {
      const pdf = compiler.pdf(
        { mainFileContent: template, inputs: { document: model, logo: logoPath } },
        attempt.standard ? { pdfStandard: attempt.standard } : {},
      );
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      failure = error;
    } finally {
      compiler.resetShadow();
      compiler.evictCache(10);
    }
  }
  throw failure;
}
