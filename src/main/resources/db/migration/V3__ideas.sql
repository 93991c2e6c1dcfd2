-- Ideas, their supports (with a per-idea hash chain), comments, and the words that make them searchable.
create table if not exists idea (
    id                  bigint auto_increment primary key,
    version             bigint        not null default 0,
    territory_id        bigint        not null,
    district_id         bigint,
    theme_id            bigint        not null,
    author_id           bigint,
    title               varchar(120)  not null,
    description         varchar(5000) not null,
    state               varchar(20)   not null,
    -- Listed ideas appear in public lists: everything but withdrawn and hidden ones.
    listed              boolean       not null default true,
    support_count       int           not null default 0,
    comment_count       int           not null default 0,
    -- Sum of 2^((t - epoch) / half-life) over current supports: ordering by it ranks recent supports higher.
    trending_score      double        not null default -1000000000,
    chain_seq           bigint        not null default 0,
    chain_head          varchar(64)   not null default '',
    created_at          timestamp(6)  not null,
    matured_at          timestamp(6),
    answered_at         timestamp(6),
    public_answer       varchar(5000),
    merged_into_id      bigint,
    hidden_reason       varchar(500),
    state_before_hiding varchar(20),
    constraint fk_idea_territory foreign key (territory_id) references territory (id),
    constraint fk_idea_district foreign key (district_id) references district (id) on delete set null,
    constraint fk_idea_theme foreign key (theme_id) references theme (id),
    constraint fk_idea_author foreign key (author_id) references resident (id) on delete set null,
    constraint fk_idea_merged_into foreign key (merged_into_id) references idea (id)
);
create index if not exists ix_idea_supported on idea (listed, support_count, id);
create index if not exists ix_idea_newest on idea (listed, created_at, id);
create index if not exists ix_idea_trending on idea (listed, trending_score, id);
create index if not exists ix_idea_discussed on idea (listed, comment_count, id);
create index if not exists ix_idea_theme_supported on idea (theme_id, listed, support_count, id);
create index if not exists ix_idea_state on idea (state, support_count, id);
create index if not exists ix_idea_author on idea (author_id, created_at);

create table if not exists idea_support (
    idea_id     bigint       not null,
    resident_id bigint       not null,
    created_at  timestamp(6) not null,
    primary key (idea_id, resident_id),
    constraint fk_support_idea foreign key (idea_id) references idea (id) on delete cascade,
    constraint fk_support_resident foreign key (resident_id) references resident (id) on delete cascade
);
create index if not exists ix_support_window on idea_support (idea_id, created_at);
create index if not exists ix_support_resident on idea_support (resident_id);

-- Append-only trail of supports given and withdrawn, chained per idea by SHA-256.
create table if not exists idea_support_event (
    idea_id     bigint       not null,
    seq         bigint       not null,
    resident_id bigint,
    action      varchar(10)  not null,
    at          timestamp(6) not null,
    prev_hash   varchar(64)  not null,
    hash        varchar(64)  not null,
    primary key (idea_id, seq),
    constraint fk_support_event_idea foreign key (idea_id) references idea (id) on delete cascade
);

create table if not exists idea_term (
    term    varchar(40) not null,
    idea_id bigint      not null,
    primary key (term, idea_id),
    constraint fk_term_idea foreign key (idea_id) references idea (id) on delete cascade
);
create index if not exists ix_term_idea on idea_term (idea_id);
