-- A closed vote's seal: the number of its ballots and the SHA-256 chain over them in the order of their random ids
-- (root), itself chained per draft (seq, prev_hash, hash; the draft's chain_head is the last hash). Replaying the
-- seals from the ballot box shows that no ballot was added, removed or changed after the vote closed.
create table if not exists ballot_seal (
    subject_type char(1)     not null,
    subject_id   bigint      not null,
    draft_id     bigint      not null,
    seq          bigint      not null,
    ballots      int         not null,
    root         varchar(64) not null,
    prev_hash    varchar(64) not null,
    hash         varchar(64) not null,
    primary key (subject_type, subject_id),
    constraint uq_ballot_seal_chain unique (draft_id, seq),
    constraint fk_ballot_seal_draft foreign key (draft_id) references draft (id) on delete cascade
);
