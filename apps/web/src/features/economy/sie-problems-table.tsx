import type { SieProblem } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import type { MessageKey } from '../../lib/message-key.ts';

/** The file's problems, each with its line number, in Swedish: nothing was saved. */
export function SieProblemsTable({ problems, fileName }: { problems: SieProblem[]; fileName: string }) {
  const { t } = useTranslation();
  const caption = t('economy.sieImport.problemsCaption', { file: fileName });
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{t('economy.sieImport.problemsTitle')}</h2>
      <p>{t('economy.sieImport.problemsIntro')}</p>
      <ScrollRegion label={caption}>
        <table className="economy-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('economy.sieImport.lineNumber')}
              </th>
              <th scope="col">{t('economy.sieImport.problem')}</th>
              <th scope="col">{t('economy.sieImport.value')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem) => (
              <tr key={`${problem.line}-${problem.key}`}>
                <th scope="row" className="num">
                  {problem.line}
                </th>
                <td>{t(`errors.${problem.key}` as MessageKey)}</td>
                <td>{problem.value ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
