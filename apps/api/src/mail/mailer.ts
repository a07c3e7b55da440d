import nodemailer from 'nodemailer';

export interface Mailer {
  send(mail: { to: string; subject: string; text: string }): Promise<void>;
}

/** An SMTP mailer (nodemailer) for `SMTP_URL`, e.g. smtps://user:pass@smtp.example.se:465. */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
