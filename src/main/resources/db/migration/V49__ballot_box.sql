-- The ballot box: what was chosen, and nothing about who or when. A ballot's id is the SHA-256 of the receipt its
-- voter was shown (random), so the rows sit in random order and no column lines them up with the register; nothing
-- here is updated or deleted. When a vote closes, its ballots are sealed (ballot_seal) in the order of their ids.
create table if not exists ballot_box (
    subject_type char(1)     not null,
    subject_id   bigint      not null,
    id           varchar(64) not null,
    draft_id     bigint      not null,
    choice       varchar(8)  not null,
    primary key (subject_type, subject_id, id),
    constraint ck_ballot_box_subject check (subject_type in ('A', 'R')),
    constraint ck_ballot_box_choice check (choice in ('FOR', 'AGAINST', 'ABSTAIN')),
    constraint fk_ballot_box_draft foreign key (draft_id) references draft (id) on delete cascade
);
