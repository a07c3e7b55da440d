import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, issuesOf, useTestApi } from '../../testing/index.ts';

const env = useTestApi();
let viewer: Caller;
let insjoriket: Caller;

beforeAll(async () => {
  viewer = await env.api.callerFor('viewer@gavleborg.demo');
  insjoriket = await env.api.callerFor('viewer@insjoriket.demo');
});

const normalise = (text: string | undefined) => text?.replace(/\s+/g, ' ');

describe('boardWork.get: "Styrelsens arbete" from the demo data', () => {
  it('reproduces § 2 of Gävleborg’s half-year report 2019 for 2019-H1', async () => {
    const work = await viewer.boardWork.get({ tenant: 'gavleborg', period: '2019-H1' });
    expect(work.heading).toBe('Styrelsens arbete 2019-01-01 – 2019-06-30');
    expect(work.compositionDate).toBe('2019-06-30');
    expect(work.board?.sizeSentence).toBe('Styrelsen består av åtta ordinarie ledamöter och åtta ersättare.');
    expect(work.board?.ordinary[0]).toBe('Tommy Berger (S) ordförande - Region Gävleborg');
    expect(work.board?.ordinary[1]).toBe('Kenneth Axling (S) vice ordförande - Kommunerna');
    expect(work.board?.substitutes.at(-1)).toBe('Anders Öquist (S) - Ockelbo kommun');
    expect(work.board?.meetingsSentence).toBe('Styrelsen har under perioden haft 4 möten.');
    expect(work.board?.feeOre).toBe(7_662_700);
    expect(normalise(work.board?.feeSentence)).toBe(
      'Utbetalda arvoden till styrelsen för perioden har uppgått till 76 627 kr.',
    );
    expect(work.bodies.map((body) => body.meetingsSentence)).toEqual([
      'Arbetsutskottet har haft 3 möten under första halvåret 2019.',
      'Beredningsgruppen har träffats 3 gånger under perioden.',
      'Strategisk chefsgrupp har haft 0 möten under första halvåret 2019.',
      'Samordningsförbundet har genomfört ett medlemssamråd under perioden.',
    ]);
    expect(work.office?.sentence).toBe(
      'Förbundets kansli består av förbundschef 100 %, verksamhetsutvecklare 100 % och administratör 40 %.',
    );
    expect(work.auditors?.lines).toEqual([
      'För staten: Joakim Jonsson, KPMG',
      'För Region Gävleborg och länets kommuner: Nils Westling och sakkunnigt biträde Cecilia Axelsson, PwC',
    ]);
  });

  it('counts the second half-year’s two board meetings and the whole year’s six', async () => {
    const h2 = await viewer.boardWork.get({ tenant: 'gavleborg', period: '2019-H2' });
    expect(h2.board?.meetingsSentence).toBe('Styrelsen har under perioden haft 2 möten.');
    expect(h2.board?.feeOre).toBe(2 * 1_430_000);
    const year = await viewer.boardWork.get({ tenant: 'gavleborg', period: '2019' });
    expect(year.board?.meetings).toBe(6);
    expect(year.board?.feeOre).toBe(7_662_700 + 2 * 1_430_000);
  });

  it('does not count a planned meeting as held', async () => {
    const [body] = await env.superuser<{ id: string; tenantId: string }[]>`
      select b.id, b.tenant_id as "tenantId" from board_bodies b join tenants t on t.id = b.tenant_id
      where t.slug = 'gavleborg' and b.kind = 'board'`;
    await env.superuser`
      insert into board_meetings (tenant_id, body_id, meeting_date, status)
      values (${body?.tenantId ?? ''}, ${body?.id ?? ''}, '2019-06-28', 'planned')`;
    const work = await viewer.boardWork.get({ tenant: 'gavleborg', period: '2019-H1' });
    expect(work.board?.meetings).toBe(4);
  });

  it('says the board had no members and no meetings before its first seats (2015)', async () => {
    const work = await viewer.boardWork.get({ tenant: 'gavleborg', period: '2015-H1' });
    expect(work.board?.sizeSentence).toBe('Styrelsen består av noll ordinarie ledamöter och noll ersättare.');
    expect(work.board?.meetings).toBe(0);
  });

  it('gives Insjöriket its bodies but no composition (no names printed in its plan)', async () => {
    const work = await insjoriket.boardWork.get({ tenant: 'insjoriket', period: '2019-H1' });
    expect(work.board?.name).toBe('Styrelse');
    expect(work.board?.ordinary).toEqual([]);
    expect(work.bodies.map((body) => body.name)).toEqual(['Presidium', 'Beredningsgrupp']);
    expect(work.office?.name).toBe('Förbundschef');
    expect(work.office?.sentence).toBeNull();
    expect(work.auditors).toBeNull();
  });

  it('has the 2016 composition flagged by the composition check: Ockelbo and Söderhamn only co-opted', async () => {
    const composition = await viewer.organisation.composition({ tenant: 'gavleborg', date: '2016-02-01' });
    const memberName = new Map(composition.members.map((member) => [member.id, member.name]));
    const coopted = composition.findings
      .filter((finding) => finding.key === 'boardOrganisation.findings.cooptedOnly')
      .map((finding) => [finding.rule, finding.level, memberName.get(finding.memberId ?? '')]);
    expect(coopted).toEqual([
      ['finsam10', 'problem', 'Ockelbo kommun'],
      ['finsam10', 'problem', 'Söderhamns kommun'],
    ]);
  });

  it('refuses a period that is not a half-year or a year with the field’s message', async () => {
    expect(await issuesOf(viewer.boardWork.get({ tenant: 'gavleborg', period: '2019-06' }))).toEqual({
      period: 'boardWork.periodInvalid',
    });
  });

  // Last: it removes Insjöriket's bodies from this file's database.
  it('has no board, bodies, office or auditors for a förbund with no bodies yet (the page’s empty state)', async () => {
    await env.superuser`
      delete from board_bodies where tenant_id = (select id from tenants where slug = 'insjoriket')`;
    const work = await insjoriket.boardWork.get({ tenant: 'insjoriket', period: '2020' });
    expect(work).toMatchObject({ board: null, bodies: [], office: null, auditors: null });
    expect(work.heading).toBe('Styrelsens arbete 2020-01-01 – 2020-12-31');
  });
});
