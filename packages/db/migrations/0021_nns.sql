-- Issue 20, the NNS indicator surveys ("Indikatorer för finansiell samordning"): NNS's fixed
-- statements as a global reference (nns_indicators, written only here), each förbund's results
-- per year, statement and scope (nns_results), and the distribution over förbund the national
-- views show (national_nns_distribution, aggregates only, as the other national figures).
--
-- The statements must equal the domain's nnsIndicators (packages/domain/src/plan/nns-indicators.ts;
-- a test compares them). NNS's published wording was not at hand when they were written: check
-- them against NNS's questionnaires before real result files are imported.

create table nns_indicators (
  code text primary key check (code ~ '^[A-Z][0-9]{1,2}$'),
  questionnaire text not null check (questionnaire in ('participant', 'interventionStaff', 'boardMember',
                                                       'manager', 'referrer')),
  position smallint not null unique,
  text text not null unique check (length(btrim(text)) between 1 and 2000),
  -- Every NNS result is a mean score on the 1–10 agreement scale.
  unit text not null check (unit = 'score')
);

insert into nns_indicators (code, questionnaire, position, text, unit) values
  ('D1', 'participant', 1, 'Jag känner mig mer redo att kunna arbeta eller studera efter insatsen.', 'score'),
  ('D2', 'participant', 2, 'Jag har kunnat påverka innehållet i insatsen utifrån mina behov.', 'score'),
  ('D3', 'participant', 3, 'Jag har fått stöd från flera myndigheter som har arbetat tillsammans med mig.', 'score'),
  ('I1', 'interventionStaff', 4, 'Erfarenheter, kunskaper och synpunkter tas systematiskt tillvara såväl från enskilda deltagare/brukare som från brukarorganisationer eller grupper av deltagare.', 'score'),
  ('I2', 'interventionStaff', 5, 'Medarbetare/professionella i andra myndigheter respekterar min kunskap, min roll och mitt arbetssätt.', 'score'),
  ('I3', 'interventionStaff', 6, 'Det finns strukturer för att initiera, upprätthålla och underhålla relationer mellan inblandade aktörer.', 'score'),
  ('S1', 'boardMember', 7, 'Samordningsförbundet bidrar till att parterna tar ett gemensamt ansvar för förbundets målgrupper.', 'score'),
  ('S2', 'boardMember', 8, 'Styrelsen får den information om insatsernas resultat som den behöver för att styra förbundet.', 'score'),
  ('S3', 'boardMember', 9, 'Samordningsförbundets verksamhet är väl förankrad i min egen organisation.', 'score'),
  ('C1', 'manager', 10, 'En struktur har skapats vars huvuduppgift är att strategiskt initiera, upprätthålla och underhålla relationer mellan parterna.', 'score'),
  ('C2', 'manager', 11, 'Samordnade insatser inkluderar i högre grad än förut även andra aktörer i samhället, företag, ideella krafter och föreningsliv i det löpande arbetet på ett strukturerat sätt.', 'score'),
  ('C3', 'manager', 12, 'Insikter från samverkan leder till att nya typer av förebyggande insatser utvecklas.', 'score'),
  ('R1', 'referrer', 13, 'Jag vet vilka insatser finansierade av samordningsförbundet som jag kan remittera till.', 'score'),
  ('R2', 'referrer', 14, 'Insatserna är ett bra komplement till det stöd min egen organisation kan ge.', 'score'),
  ('R3', 'referrer', 15, 'De personer jag har remitterat har fått ett samordnat stöd från de inblandade myndigheterna.', 'score');

-- Readable by the app, never written by it: a förbund must not rephrase NNS's statements.
grant select on nns_indicators to samsyn_app;

-- Issue 20's plan indicators of source 'nns' name their statement here (0020 left the key to us).
alter table plan_indicators add foreign key (nns_indicator_code) references nns_indicators (code);

-- One result: a year's answers to one statement, for the whole förbund or one intervention or
-- local group. n < 5 is kept but shown as ".." and enters no national figure.
create table nns_results (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  year smallint not null check (year between 2000 and 2100),
  indicator_code text not null references nns_indicators (code),
  scope text not null check (scope in ('forbund', 'intervention', 'localGroup')),
  intervention_id uuid,
  local_group_id uuid,
  respondents integer not null check (respondents >= 0),
  value numeric(4, 2) not null check (value between 1 and 10),
  -- NNS's national comparison figure ("Riket") for the statement and year, as the file gives it.
  national_value numeric(4, 2) check (national_value between 1 and 10),
  -- Demo data marks what it invented, so nobody mistakes it for a förbund's own figures.
  is_demo_estimate boolean not null default false,
  -- The year's import number: every row of a year carries the same, one more than the rows it replaced.
  version integer not null default 1 check (version >= 1),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, intervention_id) references interventions (tenant_id, id) on delete cascade,
  foreign key (tenant_id, local_group_id) references local_groups (tenant_id, id) on delete cascade,
  check ((scope = 'intervention') = (intervention_id is not null)),
  check ((scope = 'localGroup') = (local_group_id is not null)),
  -- One result per year, statement and scope; NULLS NOT DISTINCT so the förbund's own row is one too.
  unique nulls not distinct (tenant_id, year, indicator_code, scope, intervention_id, local_group_id)
);
create index nns_results_intervention_idx on nns_results (tenant_id, intervention_id) where intervention_id is not null;
create index nns_results_local_group_idx on nns_results (tenant_id, local_group_id) where local_group_id is not null;
create trigger nns_results_touch before update on nns_results for each row execute function touch_updated_at();

alter table nns_results enable row level security;
alter table nns_results force row level security;
create policy tenant_isolation on nns_results using (tenant_id = current_tenant_id())
  with check (tenant_id = current_tenant_id());
grant select, insert, update, delete on nns_results to samsyn_app;

-- Per statement and year, the distribution over förbund of their own (whole-förbund) results:
-- quartiles and median (type 7, as percentile_cont and the domain's quantile), never minimum or
-- maximum (each is one förbund's value). A förbund's result enters only with at least five answers;
-- a figure is published only with at least three förbund behind it (else null, the count stays for
-- the API, which publishes 1–2 as ".."). The national comparison figure is NNS's own published
-- number ("Riket"), the one most förbund's files give, not a förbund's.
create function national_nns_distribution(p_year integer)
  returns table (year integer, indicator_code text, contributors integer, q1 numeric, median numeric,
                 q3 numeric, national_value numeric)
  language sql stable security definer set search_path = pg_catalog, public
  as $$
    with g as (
      select r.year::integer as year, r.indicator_code, count(distinct r.tenant_id)::integer as contributors,
             percentile_cont(0.25) within group (order by r.value::float8) as q1,
             percentile_cont(0.5) within group (order by r.value::float8) as median,
             percentile_cont(0.75) within group (order by r.value::float8) as q3,
             mode() within group (order by r.national_value) as national_value
      from nns_results r
      join tenants t on t.id = r.tenant_id and t.status = 'active'
      where r.scope = 'forbund' and r.respondents >= 5 and (p_year is null or r.year = p_year)
      group by r.year, r.indicator_code
    )
    select g.year, g.indicator_code, g.contributors,
           case when g.contributors >= 3 then round(g.q1::numeric, 2) end,
           case when g.contributors >= 3 then round(g.median::numeric, 2) end,
           case when g.contributors >= 3 then round(g.q3::numeric, 2) end,
           g.national_value
    from g
    order by g.year, g.indicator_code
  $$;

grant usage, create on schema public to samsyn_aggregates;
grant select on nns_results, nns_indicators to samsyn_aggregates;
alter function national_nns_distribution(integer) owner to samsyn_aggregates;
revoke create on schema public from samsyn_aggregates;
revoke all on function national_nns_distribution(integer) from public;
grant execute on function national_nns_distribution(integer) to samsyn_app;
