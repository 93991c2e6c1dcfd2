-- Idea lists filtered by territory, district or state, for every sort (V3 and V6 covered no filter, a theme, and a
-- state with "most supported" only). Each index leads with the filter and holds the sort column and the id, so that
-- the first page is read off the index alone instead of sorting every idea of the commune.
create index if not exists ix_idea_territory_supported on idea (territory_id, listed, support_count, id);
create index if not exists ix_idea_territory_newest on idea (territory_id, listed, created_at, id);
create index if not exists ix_idea_territory_trending on idea (territory_id, listed, trending_score, id);
create index if not exists ix_idea_territory_discussed on idea (territory_id, listed, comment_count, id);

create index if not exists ix_idea_district_supported on idea (district_id, listed, support_count, id);
create index if not exists ix_idea_district_newest on idea (district_id, listed, created_at, id);
create index if not exists ix_idea_district_trending on idea (district_id, listed, trending_score, id);
create index if not exists ix_idea_district_discussed on idea (district_id, listed, comment_count, id);

create index if not exists ix_idea_state_newest on idea (state, created_at, id);
create index if not exists ix_idea_state_trending on idea (state, trending_score, id);
create index if not exists ix_idea_state_discussed on idea (state, comment_count, id);

-- A commune's ideas in one state: the home page's "closest to maturity" (published, most supported) and the list
-- with both filters.
create index if not exists ix_idea_territory_state_supported on idea (territory_id, state, support_count, id);
create index if not exists ix_idea_territory_state_newest on idea (territory_id, state, created_at, id);
create index if not exists ix_idea_territory_state_trending on idea (territory_id, state, trending_score, id);
create index if not exists ix_idea_territory_state_discussed on idea (territory_id, state, comment_count, id);
