import { boardOrganisation } from './board-organisation.ts';

/**
 * Swedish strings of board-attendance (issue 21): a meeting's attendance and quorum, an item's jäv
 * and the fees page. `ui` is the feature's namespace (`boardAttendance.*`); `errors` and
 * `validation` join the shared namespaces under `boardAttendance.*`.
 */
export const boardAttendance = {
  ui: {
    section: {
      heading: 'Närvaro och arvoden',
      intro:
        'Markera vilka som var närvarande. En ersättare som tjänstgör för en frånvarande ledamot räknas i ledamotens ställe.',
      defaultFee: 'Organets arvode per möte: {{amount}}.',
      noSeats: 'Organet hade inga platser på mötets datum. Lägg in platserna under Organisation.',
      notRecorded: 'Närvaron är inte registrerad.',
      caption: 'Närvaro vid mötet',
      name: 'Namn',
      role: 'Roll',
      status: 'Närvaro',
      fee: 'Arvode (kr)',
      statusFor: 'Närvaro för {{name}}',
      feeFor: 'Arvode för {{name}} (kr)',
      total: 'Summa arvoden',
      save: 'Spara närvaro',
      reload: 'Läs in det som sparats',
      saved: 'Närvaron är sparad. {{quorum}}',
    },
    status: {
      present: 'Närvarande',
      absent: 'Frånvarande',
      serving: 'Tjänstgör för {{name}}',
    },
    // The seat roles of the organisation, but staff at a meeting are named as the office they come from.
    roles: { ...boardOrganisation.ui.roles, staff: 'Kansli' },
    groups: {
      municipalities: 'Kommunerna',
      state: 'Staten',
    },
    roleFor: '{{role}}, {{member}}',
    quorum: {
      met: 'Beslutsfört: {{present}} av {{ordinary}} ledamöter (minst {{required}})',
      notMet: 'Inte beslutsfört: {{present}} av {{ordinary}} ledamöter (minst {{required}})',
    },
    conflicts: {
      heading: 'Jäv',
      none: 'Ingen har anmält jäv i ärendet.',
      takesNoPart: '{{name}} deltar inte i beslutet på grund av jäv.',
      reason: 'Skäl: {{reason}}',
      withdraw: 'Ta bort jävsanmälan',
      withdrawFor: 'för {{name}}',
      withdrawTitle: 'Ta bort jävsanmälan?',
      withdrawText: '{{name}} räknas då som deltagande i beslutet.',
      withdrawn: 'Jävsanmälan för {{name}} är borttagen.',
      suggestionsHeading: 'Möjligt jäv',
      suggestionsIntro:
        'Samsyn föreslår jäv där platsens medlem är huvudman eller samverkanspart i {{name}}. Den som är jävig anmäler det själv.',
      declareFrom: 'Anmäl jäv',
      declareFromFor: 'för {{name}}',
      declare: 'Anmäl jäv',
      formHeading: 'Anmäl jäv',
      seat: 'Vem anmäler jäv',
      chooseSeat: 'Välj person',
      reasonLabel: 'Skäl',
      reasonHint: 'Skälet står i protokollet.',
      submit: 'Anmäl jäv',
      cancel: 'Avbryt',
      declared: 'Jäv är anmält för {{name}}.',
    },
    fees: {
      title: 'Arvoden',
      intro:
        'Arvoden per organ och plats under perioden, jämförda med det som är bokfört på organets kostnadsrad.',
      period: 'Period',
      print: 'Skriv ut',
      exportExcel: 'Exportera till Excel',
      working: 'Arbetar …',
      exportFailed: 'Filen kunde inte skapas. Försök igen.',
      none: 'Inga möten med arvoden under perioden.',
      meetings_one: '{{count}} möte',
      meetings_other: '{{count}} möten',
      caption: 'Arvoden i {{body}}',
      name: 'Namn',
      role: 'Roll',
      represents: 'Representerar',
      attended: 'Möten',
      fee: 'Arvode',
      bodyTotal: 'Summa {{body}}',
      total: 'Summa arvoden {{period}}: {{amount}}',
      booked: 'Bokfört på kostnadsraden {{line}}: {{amount}}',
      difference: 'Skillnad, bokfört minus arvoden: {{amount}}',
      noLine: 'Ingen kostnadsrad vald för arvoden',
      noLineLink: 'Välj kostnadsrad för organet under Organisation',
      bookedShort: 'Bokfört på kostnadsraden',
      differenceShort: 'Skillnad, bokfört minus arvoden',
      sheet: 'Arvoden',
      fileBody: 'Organ',
    },
  },
};
