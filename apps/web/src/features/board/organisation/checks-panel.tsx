import { type CompositionFinding, type CompositionRule, compositionRules } from '@samsyn/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Composition } from './organisation-shared.ts';
import { findingText, sortFindings } from './organisation-text.ts';

const citationUrl: Partial<Record<CompositionRule, string>> = {
  finsam10: 'boardOrganisation.citations.finsam10.url',
  equalSubstitutes: 'boardOrganisation.citations.equalSubstitutes.url',
};

/**
 * "Kontroll av sammansättningen": the checks of the chosen date, problems first, each citing the
 * rule it applies. It follows the seats live (the composition query is refetched after every
 * write) and never blocks anything. What is in order is folded away unless asked for.
 */
export function ChecksPanel({ composition }: { composition: Composition }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [showOk, setShowOk] = useState(false);
  const findings = sortFindings(composition.findings);
  const problems = findings.filter((finding) => finding.level === 'problem').length;
  const shown = showOk ? findings : findings.filter((finding) => finding.level !== 'ok');
  const rulesUsed = compositionRules.filter((rule) => findings.some((finding) => finding.rule === rule));
  return (
    <section className="organisation-checks" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('boardOrganisation.checks.heading')}</h2>
      <p>{t('boardOrganisation.checks.intro', { date: composition.date })}</p>
      <p className="organisation-checks__count" role="status">
        {problems === 0
          ? t('boardOrganisation.checks.noProblems')
          : t('boardOrganisation.checks.problems', { count: problems })}
      </p>
      {findings.length === 0 ? <p>{t('boardOrganisation.checks.none')}</p> : null}
      <ul className="organisation-findings">
        {shown.map((finding) => (
          <FindingItem
            key={`${finding.rule}-${finding.bodyId}-${finding.memberId}-${finding.params.group}-${finding.key}`}
            finding={finding}
          />
        ))}
      </ul>
      {findings.some((finding) => finding.level === 'ok') ? (
        <label className="organisation-checkbox no-print">
          <input type="checkbox" checked={showOk} onChange={(event) => setShowOk(event.target.checked)} />{' '}
          {t('boardOrganisation.checks.showOk')}
        </label>
      ) : null}
      {rulesUsed.length > 0 ? (
        <dl className="organisation-citations">
          {rulesUsed.map((rule) => (
            <div key={rule}>
              <dt>{t(`boardOrganisation.citations.${rule}.name`)}</dt>
              <dd>
                {t(`boardOrganisation.citations.${rule}.text`)}
                {citationUrl[rule] ? (
                  <>
                    {' '}
                    <a href={t(citationUrl[rule] as 'boardOrganisation.citations.finsam10.url')}>finsam.se</a>
                  </>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}

function FindingItem({ finding }: { finding: CompositionFinding }) {
  const { t } = useTranslation();
  return (
    <li className={`organisation-finding organisation-finding--${finding.level}`}>
      <span className="organisation-finding__level">
        {t(`boardOrganisation.checks.level.${finding.level}`)}:
      </span>{' '}
      {findingText(t, finding)}{' '}
      <span className="organisation-finding__rule">
        ({t(`boardOrganisation.citations.${finding.rule}.name`)}
        {finding.source === '' ? '' : `, ${finding.source}`})
      </span>
    </li>
  );
}
