-- Idea lists filtered by theme, for every sort: each index leads with the filter and holds the sort column and the id,
-- so that a page is found on the index alone, without sorting the theme's ideas (V3 covered "most supported" only).
create index if not exists ix_idea_theme_newest on idea (theme_id, listed, created_at, id);
create index if not exists ix_idea_theme_trending on idea (theme_id, listed, trending_score, id);
create index if not exists ix_idea_theme_discussed on idea (theme_id, listed, comment_count, id);
