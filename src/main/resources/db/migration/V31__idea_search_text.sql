-- The words an idea is found by (ideas/SearchTerms: lower case, no accents, no plural, no common words), between
-- spaces: " velo partage piste ". Filled by the application when an idea is written, and for older ideas at start
-- (ideas/SearchTextBackfill). MariaDB indexes it for full-text search (db/vendor/mariadb/V32).
alter table idea add column if not exists search_text text;
