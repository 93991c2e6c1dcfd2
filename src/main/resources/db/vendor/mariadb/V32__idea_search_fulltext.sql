-- MariaDB's own full-text index (InnoDB) over the normalised words of each idea, used with MATCH ... AGAINST in
-- boolean mode. Only on MariaDB (spring.flyway.locations adds db/vendor/{vendor}); the embedded H2 database
-- searches the same column with LIKE.
create fulltext index if not exists ft_idea_search on idea (search_text);
