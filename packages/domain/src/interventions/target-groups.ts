/**
 * Common target groups a förbund can tick for an intervention, besides its free-text description.
 * Ids are stable (stored in the database, used in filters and national comparisons); labels are the
 * Swedish wording the seeds use and the default for the i18n catalogue. Append, never rename an id.
 */
export const targetGroups = [
  { id: 'young_adults_16_29', label: 'Unga vuxna 16–29 år' },
  { id: 'mental_ill_health', label: 'Psykisk ohälsa' },
  { id: 'long_term_income_support', label: 'Långvarigt försörjningsstöd' },
  { id: 'sick_listed', label: 'Sjukskrivna' },
  { id: 'long_term_sick_listed', label: 'Långtidssjukskrivna' },
  { id: 'sick_listed_without_sgi', label: 'Sjukskrivna utan sjukpenninggrundande inkomst (SGI 0)' },
  { id: 'activity_compensation', label: 'Aktivitetsersättning' },
  { id: 'newly_arrived', label: 'Nyanlända' },
  {
    id: 'foreign_born_far_from_labour_market',
    label: 'Utrikes födda med bristande etablering på arbetsmarknaden',
  },
  { id: 'disability', label: 'Funktionsnedsättning' },
  { id: 'substance_abuse', label: 'Missbruksproblematik' },
  { id: 'far_from_labour_market', label: 'Långt från arbetsmarknaden' },
  { id: 'unemployed', label: 'Arbetssökande' },
  { id: 'coordinated_rehabilitation_needs', label: 'Behov av samordnad rehabilitering' },
  // Structural interventions reach the members' staff and managers rather than participants.
  { id: 'staff_in_collaboration', label: 'Myndighetspersonal i samverkan' },
  { id: 'employers', label: 'Arbetsgivare' },
] as const;

export type TargetGroupId = (typeof targetGroups)[number]['id'];
export const targetGroupIds = targetGroups.map((group) => group.id) as [TargetGroupId, ...TargetGroupId[]];

const labels = new Map<string, string>(targetGroups.map((group) => [group.id, group.label]));

/** The Swedish label of a target group id. */
export function targetGroupLabel(id: TargetGroupId): string {
  return labels.get(id) ?? id;
}
