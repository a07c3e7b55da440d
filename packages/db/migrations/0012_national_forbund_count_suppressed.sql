-- Issue 24: the number of förbund that reported (SAM001, per county and nationally) is published
-- by the same rule as every other figure over förbund: at least three. Which förbund exist in a
-- county is public, so "1" named the one that reported, and with two each could tell the other.
-- The API publishes the count behind each figure by the same rule (the domain's publishForbundCount).
update national_kpis set suppression = 'min_contributors' where id = 'SAM001';

-- The stored aggregates (0006) were computed under the old rule.
select national_aggregates_refresh(y.year) from (select distinct year::integer as year from national_figures) y;
