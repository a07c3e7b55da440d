import type { Block, ListBlock, Run, SignaturesBlock, TableBlock } from '@samsyn/domain';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import './report-blocks.css';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/**
 * A section's content (the domain's blocks) as semantic HTML, the same on the section page, the
 * whole document and the report's overview. `headingLevel` is the level of the section's own
 * heading (2 for an h2), so a block heading of level 1 is the next level below it.
 */
export function ReportBlocks({ blocks, headingLevel }: { blocks: readonly Block[]; headingLevel: number }) {
  return (
    <div className="report-blocks">
      {blocks.map((block, index) => (
        // Blocks have no ids; their order is their identity within one rendering.
        // biome-ignore lint/suspicious/noArrayIndexKey: a block list is replaced whole, never reordered in place.
        <ReportBlock key={index} block={block} headingLevel={headingLevel} />
      ))}
    </div>
  );
}

function ReportBlock({ block, headingLevel }: { block: Block; headingLevel: number }) {
  const { t } = useTranslation();
  switch (block.type) {
    case 'heading': {
      const Tag = headingTag(headingLevel + block.level);
      return <Tag className="report-blocks__heading">{block.text}</Tag>;
    }
    case 'paragraph':
      return <p>{runsOf(block.runs)}</p>;
    case 'list':
      return <BlockList block={block} />;
    case 'table':
      return <BlockTable block={block} />;
    case 'notice':
      return (
        <div role="note" className={`report-notice report-notice--${block.tone}`}>
          <strong>{t(`reportSectionsPages.blocks.notice.${block.tone}`)}</strong> {block.text}
        </div>
      );
    case 'signatures':
      return <BlockSignatures block={block} />;
  }
}

/** h2–h6: a document deeper than six levels keeps its deepest headings at h6. */
export function headingTag(level: number): HeadingTag {
  return `h${Math.min(Math.max(level, 2), 6)}` as HeadingTag;
}

/** Runs as text with <strong>/<em>; a "\n" inside a run is a line break. */
export function runsOf(runs: readonly Run[]): ReactNode {
  return runs.map((run, index) => {
    const lines = run.text.split('\n');
    let content: ReactNode = lines.map((line, lineIndex) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one run, in order.
      <Fragment key={lineIndex}>
        {lineIndex > 0 ? <br /> : null}
        {line}
      </Fragment>
    ));
    if (run.italic) content = <em>{content}</em>;
    if (run.bold) content = <strong>{content}</strong>;
    // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one paragraph, in order.
    return <Fragment key={index}>{content}</Fragment>;
  });
}

function BlockList({ block }: { block: ListBlock }) {
  const items = block.items.map((runs, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the items of one list, in order.
    <li key={index}>{runsOf(runs)}</li>
  ));
  return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

function BlockTable({ block }: { block: TableBlock }) {
  const { t } = useTranslation();
  const label = block.caption || t('reportSectionsPages.blocks.table');
  const alignOf = (index: number) => (block.columns[index]?.align === 'right' ? 'num' : undefined);
  // A written table without column labels has no header row: empty headers would be read as such.
  const hasHeader = block.columns.some((column) => column.label !== '');
  return (
    <ScrollRegion label={label}>
      <table className="report-table">
        {block.caption ? <caption>{block.caption}</caption> : null}
        {hasHeader ? (
          <thead>
            <tr>
              {block.columns.map((column, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a table's columns, in order.
                <th key={index} scope="col" className={alignOf(index)}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {block.rows.map((row, rowIndex) => (
            <tr
              // biome-ignore lint/suspicious/noArrayIndexKey: written rows have no key, and a table is replaced whole.
              key={rowIndex}
              className={row.emphasis === 'sum' ? 'report-table__sum' : undefined}
            >
              {row.cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells, in column order.
                <td key={index} className={alignOf(index)}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function BlockSignatures({ block }: { block: SignaturesBlock }) {
  const { t } = useTranslation();
  return (
    <div className="report-signatures">
      <p>{block.placeAndDate ?? t('reportSectionsPages.blocks.placeAndDatePending')}</p>
      <ul className="report-signatures__list">
        {block.signers.map((signer, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two signers may share a name; order is theirs.
          <li key={index} className="report-signatures__signer">
            <span className="report-signatures__name">{signer.name}</span>
            <span className="report-signatures__role">{signer.role}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
