-- When an idea's support-chain head was last computed (its last support given or withdrawn), shown beside the head
-- on the idea page and in the ideas open dataset. Null: no support yet, the head is empty. One statement, safe to
-- run again after a start that died half-way.
alter table idea add column if not exists chain_head_at timestamp(6) null;
