-- Residency verification (issue 13): which actions each territory reserves to verified residents, who is
-- verified where and how, and the one-time letter codes (kept only as SHA-256 hashes, never in clear).
-- Territories and residents are referred to by id; a resident's erasure removes their verifications.
create table if not exists verification_rule (
    territory_id bigint       not null,
    action       varchar(40)  not null,
    since        timestamp(6) not null,
    primary key (territory_id, action)
);

create table if not exists residency_verification (
    id            bigint auto_increment primary key,
    resident_id   bigint       not null,
    territory_id  bigint       not null,
    method        varchar(20)  not null,
    -- In person: the kind of identity document seen (never its number).
    document_type varchar(30),
    verified_at   timestamp(6) not null,
    expires_at    timestamp(6) not null,
    -- The mediator or staff member who verified in person; null for a letter code the resident typed.
    verified_by   bigint,
    revoked_at    timestamp(6),
    revoked_by    bigint,
    constraint fk_verification_resident foreign key (resident_id) references resident (id) on delete cascade
);
-- Answers "may this resident act here now?" on every guarded action.
create index if not exists ix_verification_resident on residency_verification (resident_id, territory_id);
create index if not exists ix_verification_territory on residency_verification (territory_id, verified_at);

create table if not exists verification_code (
    id           bigint auto_increment primary key,
    territory_id bigint       not null,
    code_hash    char(64)     not null,
    created_at   timestamp(6) not null,
    created_by   bigint,
    used_at      timestamp(6),
    constraint uq_verification_code unique (code_hash)
);
