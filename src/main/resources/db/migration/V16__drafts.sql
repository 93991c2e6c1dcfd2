-- Co-constructed policy drafts: a draft belongs to a panel (panel_id, no foreign key: panels are another module)
-- or is an open process whose participants the facilitator assigns to thematic groups, with their organisation.
create table if not exists draft (
    id                  bigint auto_increment primary key,
    version             bigint        not null default 0,
    title               varchar(160)  not null,
    question            varchar(1000) not null,
    authority           varchar(200)  not null,
    panel_id            bigint,
    facilitator_id      bigint,
    phase               varchar(20)   not null,
    -- Rules fixed when the draft opens, so that changing the platform's defaults never changes a running vote.
    amendment_percent   int           not null,
    amendment_base      varchar(10)   not null,
    amendment_strict    boolean       not null,
    recommend_percent   int           not null,
    recommend_base      varchar(10)   not null,
    -- Salt of the voters' keys in the ballot chain, and the chain's head.
    ballot_salt         varchar(64)   not null,
    chain_seq           bigint        not null default 0,
    chain_head          varchar(64)   not null default '',
    created_at          timestamp(6)  not null,
    constraint ck_draft_phase check (phase in ('WRITING', 'CONSULTATION', 'DELIBERATION', 'CLOSED')),
    constraint ck_draft_amendment_percent check (amendment_percent between 1 and 100),
    constraint ck_draft_recommend_percent check (recommend_percent between 1 and 100),
    constraint ck_draft_bases check (amendment_base in ('MEMBERS', 'CAST') and recommend_base in ('MEMBERS', 'CAST')),
    constraint fk_draft_facilitator foreign key (facilitator_id) references resident (id) on delete set null
);

create table if not exists draft_group (
    id       bigint auto_increment primary key,
    draft_id bigint       not null,
    name     varchar(120) not null,
    constraint uq_draft_group unique (draft_id, name),
    constraint fk_group_draft foreign key (draft_id) references draft (id) on delete cascade
);

-- Participants of an open process; a panel's members come from the panel's roster instead.
create table if not exists draft_participant (
    draft_id     bigint       not null,
    resident_id  bigint       not null,
    organisation varchar(160) not null,
    group_id     bigint,
    primary key (draft_id, resident_id),
    constraint fk_participant_draft foreign key (draft_id) references draft (id) on delete cascade,
    constraint fk_participant_resident foreign key (resident_id) references resident (id) on delete cascade,
    constraint fk_participant_group foreign key (group_id) references draft_group (id) on delete set null
);

create table if not exists draft_section (
    id              bigint auto_increment primary key,
    version         bigint       not null default 0,
    draft_id        bigint       not null,
    position        int          not null,
    title           varchar(160) not null,
    current_version int          not null,
    constraint uq_section_position unique (draft_id, position),
    constraint fk_section_draft foreign key (draft_id) references draft (id) on delete cascade
);

-- Which thematic groups write a section; a section with none is written by every participant.
create table if not exists draft_section_group (
    section_id bigint not null,
    group_id   bigint not null,
    primary key (section_id, group_id),
    constraint fk_section_group_section foreign key (section_id) references draft_section (id) on delete cascade,
    constraint fk_section_group_group foreign key (group_id) references draft_group (id) on delete cascade
);

-- Every version of every section is kept; version n+1 comes from the amendment accepted against version n.
create table if not exists draft_section_version (
    section_id   bigint         not null,
    number       int            not null,
    body         varchar(8000) not null,
    amendment_id bigint,
    created_at   timestamp(6)   not null,
    primary key (section_id, number),
    constraint fk_version_section foreign key (section_id) references draft_section (id) on delete cascade
);

create table if not exists amendment (
    id            bigint auto_increment primary key,
    version       bigint         not null default 0,
    draft_id      bigint         not null,
    section_id    bigint         not null,
    author_id     bigint,
    base_version  int            not null,
    body          varchar(8000) not null,
    rationale     varchar(3000)  not null,
    state         varchar(12)    not null,
    support_count int            not null default 0,
    comment_count int            not null default 0,
    votes_for     int,
    votes_against int,
    votes_abstain int,
    electorate    int,
    created_at    timestamp(6)   not null,
    decided_at    timestamp(6),
    constraint ck_amendment_state check (state in ('OPEN', 'VOTING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
    constraint fk_amendment_draft foreign key (draft_id) references draft (id) on delete cascade,
    constraint fk_amendment_section foreign key (section_id) references draft_section (id) on delete cascade,
    constraint fk_amendment_author foreign key (author_id) references resident (id) on delete set null
);
create index if not exists ix_amendment_section on amendment (section_id, state, id);
create index if not exists ix_amendment_author on amendment (author_id);

create table if not exists amendment_support (
    amendment_id bigint       not null,
    resident_id  bigint       not null,
    created_at   timestamp(6) not null,
    primary key (amendment_id, resident_id),
    constraint fk_amendment_support_amendment foreign key (amendment_id) references amendment (id) on delete cascade,
    constraint fk_amendment_support_resident foreign key (resident_id) references resident (id) on delete cascade
);
create index if not exists ix_amendment_support_resident on amendment_support (resident_id);

create table if not exists amendment_comment (
    id           bigint auto_increment primary key,
    amendment_id bigint        not null,
    author_id    bigint,
    body         varchar(3000) not null,
    created_at   timestamp(6)  not null,
    constraint fk_amendment_comment_amendment foreign key (amendment_id) references amendment (id) on delete cascade,
    constraint fk_amendment_comment_author foreign key (author_id) references resident (id) on delete set null
);
create index if not exists ix_amendment_comment on amendment_comment (amendment_id, created_at);
create index if not exists ix_amendment_comment_author on amendment_comment (author_id);

-- Secret, append-only ballots on amendments (A) and recommendations (R), chained per draft by SHA-256. The
-- voter's key (a salted hash of the resident's id) is what the chain and the one-vote rule use, so erasing a
-- resident clears voter_id without breaking either.
create table if not exists ballot (
    draft_id     bigint       not null,
    seq          bigint       not null,
    subject_type char(1)      not null,
    subject_id   bigint       not null,
    voter_key    varchar(64)  not null,
    voter_id     bigint,
    choice       varchar(8)   not null,
    cast_at      timestamp(6) not null,
    prev_hash    varchar(64)  not null,
    hash         varchar(64)  not null,
    primary key (draft_id, seq),
    constraint uq_ballot_one_vote unique (subject_type, subject_id, voter_key),
    constraint ck_ballot_subject check (subject_type in ('A', 'R')),
    constraint ck_ballot_choice check (choice in ('FOR', 'AGAINST', 'ABSTAIN')),
    constraint fk_ballot_draft foreign key (draft_id) references draft (id) on delete cascade
);
create index if not exists ix_ballot_voter on ballot (voter_id);
