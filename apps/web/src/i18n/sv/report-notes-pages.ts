/**
 * Page strings of the report's notes (Not 1 Verksamhetens intäkter …) and their editor (issue 23); load with
 * the pages (`../sv-pages.ts`). Errors and field messages are eager (`./report-notes-messages.ts`).
 */
export const reportNotesPages = {
  ui: {
    heading: 'Noter',
    intro:
      'Varje not specificerar en rad i resultat- eller balansräkningen. Radernas summa jämförs med siffran i räkningen, och en skillnad visas i rapporten.',
    empty: 'Rapporten har inga noter ännu.',
    adopted: 'Rapporten är fastställd. Noterna visas som de fastställdes och kan inte ändras.',
    readOnly: 'Du kan läsa noterna. Att ändra dem kräver behörigheten redigerare.',
    add: 'Lägg till not',
    edit: 'Ändra not {{number}}',
    delete: 'Ta bort not {{number}}',
    caption: 'Not {{number}}. {{title}}',
    specification: 'Specifikation',
    sum: 'Summa',
    specifies: 'Specificerar: {{line}}',
    line: {
      revenue: 'Verksamhetens intäkter (resultaträkningen)',
      costs: 'Verksamhetens kostnader (resultaträkningen)',
      balance: '{{name}} (balansräkningen)',
    },
    check: {
      consistent: 'Raderna stämmer med räkningen.',
      differenceIncome:
        '{{column}}: raderna summerar till {{sum}}, resultaträkningen visar {{stated}} – skillnad {{difference}}.',
      differenceBalance:
        '{{column}}: raderna summerar till {{sum}}, balansräkningen visar {{stated}} – skillnad {{difference}}.',
      noFigure: '{{column}}: räkningen har ingen siffra att jämföra med.',
    },
    form: {
      newTitle: 'Ny not',
      editTitle: 'Ändra not {{number}}',
      number: 'Nummer',
      title: 'Rubrik',
      statementLine: 'Specificerar raden',
      linesCaption: 'Notens rader',
      labelFor: 'Text, rad {{row}}',
      currentFor: 'Belopp {{date}}, rad {{row}}',
      previousFor: 'Jämförelse {{date}}, rad {{row}}',
      addLine: 'Lägg till en rad i noten',
      removeLine: 'Ta bort rad {{row}}',
      save: 'Spara noten',
      cancel: 'Avbryt',
      reload: 'Hämta den senaste versionen',
    },
    saved: 'Not {{number}} sparad.',
    deleted: 'Not {{number}} borttagen.',
    confirmDelete: {
      title: 'Ta bort not {{number}}?',
      body: 'Noten {{title}} och dess rader tas bort ur rapporten.',
      confirm: 'Ta bort noten',
    },
  },
};
