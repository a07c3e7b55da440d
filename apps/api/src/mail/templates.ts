/**
 * The mails Samsyn sends, in Swedish. Kept here, server-side, because they leave the app; the
 * web app's catalogue holds everything shown on screen.
 */
export interface MailContent {
  subject: string;
  text: string;
}

const roleNames = { admin: 'administratör', editor: 'redigerare', viewer: 'läsare' } as const;

export function invitationMail(input: {
  tenantName: string;
  role: keyof typeof roleNames;
  link: string;
  inviterName: string | null;
  expiresAt: Date;
}): MailContent {
  const expires = input.expiresAt.toLocaleDateString('sv-SE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const by = input.inviterName ? `${input.inviterName} har bjudit in dig` : 'Du har bjudits in';
  return {
    subject: `Inbjudan till ${input.tenantName} i Samsyn`,
    text: [
      'Hej!',
      '',
      `${by} till ${input.tenantName} i Samsyn som ${roleNames[input.role]}.`,
      '',
      'Öppna länken för att välja ditt namn och lösenord (eller logga in med ditt befintliga konto):',
      input.link,
      '',
      `Länken kan användas en gång och gäller till och med ${expires}.`,
      'Om du inte väntade dig den här inbjudan kan du bortse från mejlet.',
      '',
      'Samsyn',
    ].join('\n'),
  };
}
