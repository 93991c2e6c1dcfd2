-- A checklist item taken off a programme (or reworded) is retired rather than deleted, so that checks already
-- recorded against it still show the words the moderator answered.
alter table programme_criterion add column if not exists retired boolean not null default false;
