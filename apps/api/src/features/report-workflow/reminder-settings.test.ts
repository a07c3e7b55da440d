import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { reminderMail } from './reminder-mail.ts';

describe('the reminder timer setting', () => {
  it('is on in production, off in development and on a throwaway database, and SAMSYN_REPORT_REMINDERS decides', () => {
    const on = (env: NodeJS.ProcessEnv) => loadConfig(env).isReportReminderTimerOn;
    expect(on({ NODE_ENV: 'production' })).toBe(true);
    expect(on({})).toBe(false);
    expect(on({ NODE_ENV: 'production', SAMSYN_EPHEMERAL_DB: '1' })).toBe(false);
    expect(on({ NODE_ENV: 'production', SAMSYN_REPORT_REMINDERS: '0' })).toBe(false);
    expect(on({ SAMSYN_REPORT_REMINDERS: '1' })).toBe(true);
  });
});

describe('the reminder mail', () => {
  const input = {
    assigneeName: 'Eva Redaktör',
    tenantName: 'Samordningsförbund Gävleborg',
    reportTitle: 'Halvårsredovisning 2019',
    sectionNumber: '1.3',
    sectionTitle: 'Beskrivning av verksamheten',
    deadline: '2019-08-16',
    today: '2019-08-09',
    link: 'https://samsyn.example.se/f/gavleborg/rapporter/r/avsnitt/s',
  };

  it('names the section, the report and the deadline, and links to the section', () => {
    const mail = reminderMail(input);
    expect(mail.subject).toBe(
      'Påminnelse: avsnittet 1.3 Beskrivning av verksamheten i Halvårsredovisning 2019 ska vara klart 2019-08-16',
    );
    expect(mail.text).toContain('Hej Eva Redaktör!');
    expect(mail.text).toContain('\nhttps://samsyn.example.se/f/gavleborg/rapporter/r/avsnitt/s\n');
  });

  it('says a passed deadline has passed, and leaves out the number of an unnumbered section', () => {
    const mail = reminderMail({ ...input, sectionNumber: '', sectionTitle: 'Bilaga 1', today: '2019-08-17' });
    expect(mail.subject).toBe(
      'Påminnelse: avsnittet Bilaga 1 i Halvårsredovisning 2019 skulle ha varit klart 2019-08-16',
    );
  });
});
