-- Issue 19, line kinds the rules read. Until now a cost line's nature was guessed from its code
-- (`intervention…` = intervention funds, `staff…` = office staff), which the editor derives from
-- the Swedish name and never shows: a förbund that names its lines "Pengar till samverkan" or
-- "Lön kansli" got 0 % intervention funds and 0 % staff in Jämförelse and nationally. Every
-- top-level cost line now carries the kind the förbund chose; "varav" lines inherit their
-- parent's (they are never added to a total, so they need none of their own).

alter table economy_lines add column cost_kind text
  check (cost_kind in ('interventionFunds', 'staff', 'otherAdministration'));

-- Existing lines keep the figures they had: the kind the code used to imply. Row-level security
-- is forced, so the owner running this would see no förbund's lines; it is lifted for this one
-- update only, inside the migration's transaction.
alter table economy_lines no force row level security;
update economy_lines set cost_kind = case
    when code like 'intervention%' then 'interventionFunds'
    when code like 'staff%' then 'staff'
    else 'otherAdministration' end
  where kind = 'cost' and parent_line_id is null;
alter table economy_lines force row level security;

alter table economy_lines add constraint economy_lines_cost_kind_check_top_level
  check ((cost_kind is not null) = (kind = 'cost' and parent_line_id is null));

-- The national figures start reading the kind in 0019, which rewrites refresh_national_figures
-- once for both of issue 19's changes; until then 0005's code rule gives the same figures, since
-- every kind above is the one its code implied.
