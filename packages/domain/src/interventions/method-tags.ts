/**
 * Methods an intervention works with, as tags: a fixed list with stable ids (so the nation can count
 * "how many förbund fund IPS") plus free tags for everything else. Labels are Swedish, as the seeds
 * write them. Append, never rename an id.
 */
export const methodTags = [
  { id: 'supported_employment', label: 'Supported Employment (SE)' },
  { id: 'ips', label: 'Individual Placement and Support (IPS)' },
  { id: 'trisam', label: 'Trisam' },
  { id: 'asf', label: 'Arbetsintegrerande socialt företagande (ASF)' },
  { id: 'coaching', label: 'Coachning' },
  { id: 'navigator', label: 'Navigator (stöd till stöd)' },
  { id: 'individual_collaboration_team', label: 'Individsamverkansteam' },
  { id: 'single_entry_point', label: 'En väg in' },
  { id: 'knowledge_dialogue', label: 'Kunskapsdialog' },
  { id: 'process_support', label: 'Processtöd' },
  { id: 'local_collaboration_group', label: 'Lokal samverkansgrupp' },
  { id: 'mentorship', label: 'Mentorskap' },
  { id: 'green_rehabilitation', label: 'Naturbaserad grön rehabilitering' },
  { id: 'clubhouse', label: 'Fontänhus' },
  { id: 'work_training', label: 'Arbetsträning' },
  { id: 'gender_mainstreaming', label: 'Jämställdhetsintegrering' },
] as const;

export type MethodTagId = (typeof methodTags)[number]['id'];
export const methodTagIds = methodTags.map((tag) => tag.id) as [MethodTagId, ...MethodTagId[]];

const labels = new Map<string, string>(methodTags.map((tag) => [tag.id, tag.label]));

/** The Swedish label of a method tag id. */
export function methodTagLabel(id: MethodTagId): string {
  return labels.get(id) ?? id;
}
