-- Participation through a mediator (issue 13, item 2). An administrator places a mediator at the counter of a
-- territory (this overrides the district in the mediator's own profile).
create table if not exists mediator_counter (
    mediator_id  bigint       not null primary key,
    territory_id bigint       not null,
    placed_at    timestamp(6) not null,
    placed_by    bigint,
    constraint fk_mediator_counter_resident foreign key (mediator_id) references resident (id) on delete cascade
);

-- A person who took part on paper, per territory. Their identity is kept only as a person key: an HMAC-SHA256 of
-- the territory, the normalised family and given names and the birth date, under the installation's secret; never
-- the name or birth date in clear. Their supports belong to a nameless paper account (paper_account_id) until they
-- claim them; claimed_by is then the resident who did, and later paper records of the same key go to that account.
create table if not exists paper_person (
    id               bigint auto_increment primary key,
    territory_id     bigint       not null,
    person_key       char(64)     not null,
    paper_account_id bigint       not null,
    claimed_by       bigint,
    claimed_at       timestamp(6),
    created_at       timestamp(6) not null,
    constraint uq_paper_person unique (territory_id, person_key),
    constraint fk_paper_person_account foreign key (paper_account_id) references resident (id) on delete cascade
);
create index if not exists ix_paper_person_claimed on paper_person (claimed_by);

-- What a mediator recorded from one paper form: its reference (unique in the territory), what it was (kind and
-- target), who recorded it and the kind of identity document seen (never its number).
create table if not exists paper_record (
    id            bigint auto_increment primary key,
    territory_id  bigint       not null,
    form_ref      varchar(40)  not null,
    person_id     bigint       not null,
    kind          varchar(20)  not null,
    target_id     bigint       not null,
    document_type varchar(30)  not null,
    recorded_by   bigint,
    recorded_at   timestamp(6) not null,
    constraint uq_paper_record_form unique (territory_id, form_ref),
    constraint fk_paper_record_person foreign key (person_id) references paper_person (id) on delete cascade
);
create index if not exists ix_paper_record_person on paper_record (person_id);

-- One-time claim codes printed on receipts, kept only as SHA-256 hashes.
create table if not exists paper_claim_code (
    id         bigint auto_increment primary key,
    person_id  bigint       not null,
    code_hash  char(64)     not null,
    created_at timestamp(6) not null,
    used_at    timestamp(6),
    constraint uq_paper_claim_code unique (code_hash),
    constraint fk_paper_claim_person foreign key (person_id) references paper_person (id) on delete cascade
);

-- The secret under which person keys are computed, when the operator sets none (made once per installation).
create table if not exists paper_person_secret (
    id     int         not null primary key,
    secret varchar(64) not null
);
