-- Issue 23, period reports written from the data: the halvårsredovisning, the delårsrapport, the
-- årsredovisning and the verksamhetsplan och budget as documents. A report has sections in order;
-- each section is generated from the förbund's data (source), written (body), or both (generated
-- content followed by the kansli's own text). Sections are assigned, given deadlines, marked ready
-- and commented; "Fastställ" links the board's decision and freezes the whole document as a
-- snapshot that is never recomputed.
--
-- Tenancy rules as in 0001–0025: tenant_id first in every primary key and foreign key, FORCED
-- row-level security with the tenant_isolation policy. Money is integer öre (bigint).

create table period_reports (
  tenant_id uuid not null references tenants (id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('halfYear', 'interim', 'annual', 'plan')),
  title text not null check (length(btrim(title)) between 1 and 200),
  period_start date not null,
  period_end date not null,
  deadline date,
  -- draft → ready (every enabled section marked ready) → adopted (a board decision; frozen).
  status text not null default 'draft' check (status in ('draft', 'ready', 'adopted')),
  -- The verksamhetsplan a 'plan' report (and a follow-up's goal sections) is written from.
  plan_id uuid,
  copied_from_report_id uuid,
  adopted_decision_id uuid,
  adopted_on date,
  adopted_by uuid references users (id),
  adopted_at timestamptz,
  created_by uuid references users (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, kind, period_start, period_end),
  foreign key (tenant_id, plan_id) references plans (tenant_id, id) on delete set null (plan_id),
  foreign key (tenant_id, copied_from_report_id) references period_reports (tenant_id, id)
    on delete set null (copied_from_report_id),
  -- A decision deleted while its minutes were still open leaves the adoption dated, without a link.
  foreign key (tenant_id, adopted_decision_id) references board_decisions (tenant_id, id)
    on delete set null (adopted_decision_id),
  check (period_end >= period_start and period_end - period_start <= 366 * 5),
  check ((status = 'adopted') = (adopted_on is not null)),
  check ((adopted_on is null) = (adopted_at is null))
);
create unique index period_reports_decision_idx on period_reports (tenant_id, adopted_decision_id)
  where adopted_decision_id is not null;
create trigger period_reports_touch before update on period_reports
  for each row execute function touch_updated_at();

-- A report's sections in order. `source` names the generator (packages/domain period-reports
-- report-enums.ts reportSources); null means a written section. `body` is the current written text
-- as the domain's block list (headings, paragraphs, lists, tables), its versions in the next table.
create table period_report_sections (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  report_id uuid not null,
  position smallint not null check (position >= 0),
  level smallint not null check (level in (1, 2)),
  -- Bilagor are not numbered ("Bilaga 1: …"); everything else gets 1, 1.1, 1.2 … from its place.
  numbered boolean not null default true,
  title text not null check (length(btrim(title)) between 1 and 200),
  source text check (source in ('summary', 'organisation', 'planFollowUp', 'boardWork', 'incomeStatement',
                                'balanceSheet', 'operatingStatement', 'notes', 'signatures',
                                'interventionResults', 'forecast', 'grantedInterventions', 'budget',
                                'planVision', 'planTargetGroups', 'planActivity', 'planGoals',
                                'boardComposition')),
  -- Added by the förbund (may be removed); the template's own sections are switched off instead.
  custom boolean not null default false,
  enabled boolean not null default true,
  body jsonb not null default '[]' check (jsonb_typeof(body) = 'array'),
  text_version integer not null default 0 check (text_version >= 0),
  assignee_user_id uuid references users (id) on delete set null,
  deadline date,
  ready_at timestamptz,
  ready_by uuid references users (id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, report_id) references period_reports (tenant_id, id) on delete cascade,
  check ((ready_at is null) = (ready_by is null))
);
create index period_report_sections_report_idx on period_report_sections (tenant_id, report_id, position);
create index period_report_sections_deadline_idx on period_report_sections (tenant_id, deadline)
  where deadline is not null and ready_at is null;
create trigger period_report_sections_touch before update on period_report_sections
  for each row execute function touch_updated_at();

-- Every saved version of a section's written text (append-only for the app).
create table period_report_section_texts (
  tenant_id uuid not null,
  section_id uuid not null,
  text_version integer not null check (text_version >= 1),
  body jsonb not null check (jsonb_typeof(body) = 'array'),
  saved_by uuid references users (id),
  saved_at timestamptz not null default now(),
  primary key (tenant_id, section_id, text_version),
  foreign key (tenant_id, section_id) references period_report_sections (tenant_id, id) on delete cascade
);

create table period_report_comments (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  section_id uuid not null,
  author_user_id uuid references users (id) on delete set null,
  body text not null check (length(btrim(body)) between 1 and 5000),
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, section_id) references period_report_sections (tenant_id, id) on delete cascade
);
create index period_report_comments_section_idx on period_report_comments (tenant_id, section_id, created_at);

-- The notes (Not 1 Verksamhetens intäkter …): the report's own specification of a statement line.
-- `statement_line` names the line it specifies ('revenue', 'costs' of the income statement, or
-- 'balance:<code>' of the balance sheet), whose figure is the stated total the rows are checked
-- against (domain specificationCheck); `lines` are [{label, current, previous}] in öre.
create table period_report_notes (
  tenant_id uuid not null,
  id uuid not null default gen_random_uuid(),
  report_id uuid not null,
  number smallint not null check (number between 1 and 99),
  title text not null check (length(btrim(title)) between 1 and 200),
  statement_line text not null check (statement_line ~ '^(revenue|costs|balance:[a-z0-9-]{1,50})$'),
  lines jsonb not null default '[]' check (jsonb_typeof(lines) = 'array' and jsonb_array_length(lines) <= 100),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, report_id, number),
  foreign key (tenant_id, report_id) references period_reports (tenant_id, id) on delete cascade
);
create trigger period_report_notes_touch before update on period_report_notes
  for each row execute function touch_updated_at();

-- The adopted document: figures and texts as adopted, stored, never recomputed (append-only).
create table period_report_snapshots (
  tenant_id uuid not null,
  report_id uuid not null,
  document jsonb not null,
  adopted_at timestamptz not null default now(),
  primary key (tenant_id, report_id),
  foreign key (tenant_id, report_id) references period_reports (tenant_id, id) on delete cascade
);

-- One reminder per section and deadline (a moved deadline gets its own reminder).
create table period_report_reminders (
  tenant_id uuid not null,
  section_id uuid not null,
  deadline date not null,
  sent_at timestamptz not null default now(),
  primary key (tenant_id, section_id, deadline),
  foreign key (tenant_id, section_id) references period_report_sections (tenant_id, id) on delete cascade
);

-- The förbund's logo for its documents (PNG or JPEG, type read from the bytes by the verb).
create table tenant_logos (
  tenant_id uuid not null references tenants (id),
  media_type text not null check (media_type in ('image/png', 'image/jpeg')),
  bytes bytea not null check (octet_length(bytes) between 1 and 1048576),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (tenant_id)
);
create trigger tenant_logos_touch before update on tenant_logos
  for each row execute function touch_updated_at();

-- The board's side (0024 left these as link points): an agenda item about a report and a meeting
-- document that is a report.
alter table board_agenda_items add foreign key (tenant_id, concerns_report_id)
  references period_reports (tenant_id, id) on delete set null (concerns_report_id);
alter table board_item_documents add foreign key (tenant_id, report_id)
  references period_reports (tenant_id, id) on delete cascade;
create index board_agenda_items_report_idx on board_agenda_items (tenant_id, concerns_report_id)
  where concerns_report_id is not null;

do $$
declare t text;
begin
  foreach t in array array['period_reports', 'period_report_sections', 'period_report_section_texts',
                           'period_report_comments', 'period_report_notes', 'period_report_snapshots',
                           'period_report_reminders', 'tenant_logos'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) '
                   'with check (tenant_id = current_tenant_id())', t);
    execute format('grant select, insert, update, delete on %I to samsyn_app', t);
  end loop;
end $$;
-- Text history and adopted snapshots are records: the app adds, never rewrites.
revoke update on period_report_section_texts from samsyn_app;
revoke update on period_report_snapshots from samsyn_app;
