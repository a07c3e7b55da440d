import type { NnsQuestionnaire } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { numberColumn } from '../../../components/column-headers.tsx';
import { againstNational, changeSinceLastYear, formatNnsScore } from './nns-format.ts';
import { nnsStatementColumns } from './nns-statement-columns.ts';
import { NnsTable } from './nns-table.tsx';
import type { NnsPageResult } from './nns-types.ts';

/** A result's scope as the page names it: the förbund, or its intervention or local group. */
export function useScopeLabel() {
  const { t } = useTranslation();
  return (result: Pick<NnsPageResult, 'scope' | 'scopeName'>) =>
    result.scope === 'forbund'
      ? t('nns.scopeForbund')
      : t(result.scope === 'intervention' ? 'nns.scopeIntervention' : 'nns.scopeLocalGroup', {
          name: result.scopeName ?? '',
        });
}

/**
 * One questionnaire's results of a year: per statement and scope n, the score (".." below five
 * answers), NNS's national figure and last year's score, each comparison also in words.
 */
export function NnsResultsTable({
  year,
  questionnaire,
  results,
}: {
  year: number;
  questionnaire: NnsQuestionnaire;
  results: readonly NnsPageResult[];
}) {
  const { t } = useTranslation();
  const scopeLabel = useScopeLabel();
  const caption = t('nns.caption', { year, questionnaire: t(`nns.questionnaires.${questionnaire}`) });
  return (
    <NnsTable
      caption={caption}
      columns={[
        ...nnsStatementColumns(t),
        t('nns.columns.againstNational'),
        numberColumn(t('nns.columns.lastYear', { year: year - 1 })),
        t('nns.columns.change'),
      ]}
    >
      {results.map((result) => {
        const national = againstNational(result.value, result.nationalValue);
        const change = changeSinceLastYear(result.value, result.lastYear?.value ?? null, year);
        return (
          <tr key={`${result.code}-${result.scope}-${result.scopeId ?? ''}`}>
            <th scope="row">{result.code}</th>
            <td>{result.text}</td>
            <td>{scopeLabel(result)}</td>
            <td className="num">{result.n}</td>
            <td className="num">{formatNnsScore(result.value)}</td>
            <td className="num">{formatNnsScore(result.nationalValue)}</td>
            <td>{t(national.key, national.values)}</td>
            <td className="num">{formatNnsScore(result.lastYear?.value ?? null)}</td>
            <td>{t(change.key, change.values)}</td>
          </tr>
        );
      })}
    </NnsTable>
  );
}
