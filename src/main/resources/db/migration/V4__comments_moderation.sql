-- Comments on ideas (one level of replies), reports, and the append-only, hash-chained audit trail of
-- moderation. Portable between H2 (MariaDB mode) and MariaDB.
create table if not exists idea_comment (
    id            bigint auto_increment primary key,
    idea_id       bigint        not null,
    parent_id     bigint,
    author_id     bigint,
    body          varchar(2000) not null,
    created_at    timestamp(6)  not null,
    hidden        boolean       not null default false,
    hidden_reason varchar(500),
    constraint fk_comment_idea foreign key (idea_id) references idea (id) on delete cascade,
    constraint fk_comment_parent foreign key (parent_id) references idea_comment (id),
    constraint fk_comment_author foreign key (author_id) references resident (id) on delete set null
);
create index if not exists ix_comment_idea on idea_comment (idea_id, created_at);

create table if not exists report (
    id          bigint auto_increment primary key,
    target_type varchar(10)  not null,
    target_id   bigint       not null,
    reporter_id bigint,
    reason      varchar(500) not null,
    created_at  timestamp(6) not null,
    resolved_at timestamp(6),
    constraint uk_report_once unique (target_type, target_id, reporter_id),
    constraint fk_report_reporter foreign key (reporter_id) references resident (id) on delete set null
);
create index if not exists ix_report_open on report (resolved_at, target_type, target_id);

-- Every entry's hash covers the previous entry's hash: changing or removing one breaks every later hash.
create table if not exists audit_entry (
    seq         bigint        not null primary key,
    actor_id    bigint,
    action      varchar(40)   not null,
    target_type varchar(20)   not null,
    target_id   bigint        not null,
    reason      varchar(1000) not null,
    at          timestamp(6)  not null,
    prev_hash   varchar(64)   not null,
    hash        varchar(64)   not null
);

-- One row, locked while an entry is appended, so that entries take their turn.
create table if not exists audit_head (
    id   int         not null primary key,
    seq  bigint      not null,
    hash varchar(64) not null
);
insert ignore into audit_head (id, seq, hash) values (1, 0, '');
