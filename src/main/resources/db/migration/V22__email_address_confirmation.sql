-- An address receives notifications only once its owner has followed the link sent to it. Null: not confirmed yet
-- (addresses given before this version too: their owners confirm them from /profile/email). One statement, safe
-- to run again after a start that died half-way.
alter table email_subscriber add column if not exists confirmed_at timestamp(6) null;
