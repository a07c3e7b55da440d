import type { Block, HeadingBlock, ReportDocument } from '@samsyn/domain';

export type OutputVersion = 'live' | 'adopted';

/** The förbund's logo as stored (tenant_logos): PNG or JPEG. */
export interface ReportLogo {
  mediaType: 'image/png' | 'image/jpeg';
  bytes: Uint8Array;
}

/** A heading inside a section, at its level in the whole document (1–6). */
export interface PrintHeading {
  type: 'heading';
  level: number;
  text: string;
}

export type PrintBlock = Exclude<Block, HeadingBlock> | PrintHeading;

/** One section as both outputs print it: its numbered heading and every block in reading order. */
export interface PrintSection {
  /** "1.1 Sammanfattning"; the number and the title, as the table of contents shows them. */
  heading: string;
  /** 1 or 2; a level 2 section with no level 1 before it prints at level 1 (see headingLevels). */
  level: number;
  blocks: PrintBlock[];
}

/**
 * A report as the PDF template and the .docx writer receive it: the document's Swedish texts
 * (title page, period, status) already written here, once, so both outputs say the same thing and
 * the Typst template stays free of logic. Passed to Typst as JSON (never as markup).
 */
export interface PrintDocument {
  title: string;
  /** The förbund: the document's author and the name on the title page. */
  author: string;
  /** The document's date: the adoption date for the adopted version (so its output is byte-stable), else the build date. */
  date: { year: number; month: number; day: number };
  /** "1 januari – 30 juni 2019", then the status line. */
  subtitle: string[];
  logoAlt: string;
  sections: PrintSection[];
}

const longDate = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "30 juni 2019" for an ISO date ('YYYY-MM-DD'). */
export function swedishDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** The date in Sweden of an ISO timestamp ('2019-08-23T22:30:00Z' → '2019-08-24'). */
function dateInSweden(timestamp: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(timestamp));
}

/** The file's name without extension: "Halvårsredovisning 2019", "… (fastställd)" for the adopted version. */
export function reportFileName(document: ReportDocument, version: OutputVersion): string {
  // Characters no file system takes (and control characters) become spaces.
  const base =
    Array.from(document.title, (char) => (char < ' ' || '\\/:*?"<>|'.includes(char) ? ' ' : char))
      .join('')
      .trim() || 'Rapport';
  return version === 'adopted' ? `${base} (fastställd)` : base;
}

/** The print model of a report document (see PrintDocument). */
export function printModel(document: ReportDocument, version: OutputVersion): PrintDocument {
  const dated =
    version === 'adopted' && document.adoptedOn ? document.adoptedOn : dateInSweden(document.builtAt);
  const [year, month, day] = dated.split('-').map(Number) as [number, number, number];
  const period = `${swedishDate(document.periodStart)} – ${swedishDate(document.periodEnd)}`;
  return {
    title: document.title,
    author: document.tenantName,
    date: { year, month, day },
    subtitle: [period, statusLine(document, version)],
    logoAlt: `Logotyp för ${document.tenantName}`,
    sections: headingLevels(
      document.sections.map((section) => ({
        heading: section.number ? `${section.number} ${section.title}` : section.title,
        level: section.level,
        blocks: [...generatedBlocks(section.generated), ...section.written],
      })),
    ),
  };
}

/**
 * Every heading at its level in the whole document, never more than one deeper than the heading
 * before it: a section's own headings start one below the section, and a level is never skipped
 * (PDF/UA-1 refuses a document that skips one, and a screen reader's outline would have a hole).
 */
function headingLevels(sections: { heading: string; level: 1 | 2; blocks: Block[] }[]): PrintSection[] {
  let previous = 0;
  const next = (wanted: number) => {
    previous = Math.max(1, Math.min(wanted, previous + 1, 6));
    return previous;
  };
  return sections.map((section) => {
    const level = next(section.level);
    const blocks = section.blocks.map(
      (block): PrintBlock =>
        block.type === 'heading'
          ? { type: 'heading', level: next(level + block.level), text: block.text }
          : block,
    );
    return { heading: section.heading, level, blocks };
  });
}

function statusLine(document: ReportDocument, version: OutputVersion): string {
  if (version === 'adopted' && document.adoptedOn) {
    const by = document.decisionLabel ? ` (${document.decisionLabel})` : '';
    return `Fastställd ${swedishDate(document.adoptedOn)}${by}`;
  }
  const built = swedishDate(dateInSweden(document.builtAt));
  if (document.adoptedOn) return `Aktuell version ${built} (fastställd ${swedishDate(document.adoptedOn)})`;
  return `Arbetsversion ${built}, ej fastställd`;
}

function generatedBlocks(generated: ReportDocument['sections'][number]['generated']): Block[] {
  if (generated === null) return [];
  if (generated.status === 'ok') return generated.blocks;
  return [{ type: 'notice', tone: 'unavailable', text: generated.reason }];
}
