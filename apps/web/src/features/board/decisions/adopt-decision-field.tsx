import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceOptions } from '../../../components/filter-field.tsx';
import { FieldFrame } from '../../../components/form/field-frame.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { decisionRefText } from './decision-text.ts';

/**
 * The plan's adopt dialog's choice of the decision that adopted it: the register's plan decisions,
 * newest first. Choosing one hands its meeting's date to the dialog as the adoption date.
 */
export function AdoptDecisionField({
  value,
  onChange,
}: {
  value: string;
  onChange: (decisionId: string, meetingDate: string | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const id = useId();
  const decisions = useQuery(
    trpc.decisions.list.queryOptions({ tenant: tenant.slug, kind: 'plan', limit: 200 }),
  );
  const rows = decisions.data?.rows ?? [];
  return (
    <FieldFrame
      id={id}
      label={t('boardDecisions.plan.decision')}
      hint={t('boardDecisions.plan.decisionHint')}
    >
      {(control) => (
        <select
          {...control}
          className="field__input"
          value={value}
          onChange={(event) => {
            const chosen = rows.find((row) => row.id === event.target.value);
            onChange(event.target.value, chosen?.meetingDate ?? null);
          }}
        >
          <ChoiceOptions
            choices={[
              { value: '', label: t('boardDecisions.plan.noDecision') },
              ...rows.map((row) => ({ value: row.id, label: `${decisionRefText(t, row)}: ${row.title}` })),
            ]}
          />
        </select>
      )}
    </FieldFrame>
  );
}
