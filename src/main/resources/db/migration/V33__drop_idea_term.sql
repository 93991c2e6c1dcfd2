-- One row per word and idea, replaced by idea.search_text and its full-text index (V31, V32).
drop table if exists idea_term;
