import type { MailContent } from '../../mail/templates.ts';

export interface ReminderMailInput {
  assigneeName: string;
  tenantName: string;
  reportTitle: string;
  /** "1.3"; '' for an unnumbered section (Bilaga 1). */
  sectionNumber: string;
  sectionTitle: string;
  deadline: string;
  /** Today in Sweden: a deadline before it has passed. */
  today: string;
  link: string;
}

/**
 * The reminder to a section's assignee, in Swedish: "Påminnelse: avsnittet 1.3 Beskrivning av
 * verksamheten i Halvårsredovisning 2019 ska vara klart 2019-08-16", with a link to the section.
 */
export function reminderMail(input: ReminderMailInput): MailContent {
  const section = [input.sectionNumber, input.sectionTitle].filter(Boolean).join(' ');
  const hasPassed = input.deadline < input.today;
  const when = hasPassed ? `skulle ha varit klart ${input.deadline}` : `ska vara klart ${input.deadline}`;
  return {
    subject: `Påminnelse: avsnittet ${section} i ${input.reportTitle} ${when}`,
    text: [
      `Hej ${input.assigneeName}!`,
      '',
      `Du är ansvarig för avsnittet ${section} i ${input.reportTitle} (${input.tenantName}). Avsnittet ${when} och är inte markerat som klart än.`,
      '',
      'Öppna avsnittet här:',
      input.link,
      '',
      'När texten är färdig markerar du avsnittet som klart, så slutar påminnelserna.',
      '',
      'Samsyn',
    ].join('\n'),
  };
}
