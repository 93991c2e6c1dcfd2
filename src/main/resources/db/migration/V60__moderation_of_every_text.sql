-- One moderation for every public text: reports name their target by a kind key that each module chooses
-- ('IDEA', 'COMMENT', 'CONSULTATION_COMMENT', 'AMENDMENT_COMMENT'); existing reports keep their keys.
alter table report modify column target_type varchar(30) not null;

-- Consultation and amendment comments can be hidden, with the public reason shown in place of the text.
alter table consultation_comment add column if not exists hidden boolean not null default false;
alter table consultation_comment add column if not exists hidden_reason varchar(500);
alter table amendment_comment add column if not exists hidden boolean not null default false;
alter table amendment_comment add column if not exists hidden_reason varchar(500);
