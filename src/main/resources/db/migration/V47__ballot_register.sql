-- Secret ballots (CNIL: the register of who voted is kept apart from the ballot box). The register says who voted
-- on what, which enforces one vote each (primary key) and gives the turnout; it says nothing of the choice. The
-- voter's key is a salted hash of the resident's number (salt: draft.ballot_salt), so that erasing the resident
-- (voter_id set to null) keeps the rule and the count. No time is kept.
create table if not exists ballot_register (
    subject_type char(1)     not null,
    subject_id   bigint      not null,
    voter_key    varchar(64) not null,
    voter_id     bigint,
    draft_id     bigint      not null,
    primary key (subject_type, subject_id, voter_key),
    constraint ck_ballot_register_subject check (subject_type in ('A', 'R')),
    constraint fk_ballot_register_draft foreign key (draft_id) references draft (id) on delete cascade
);
