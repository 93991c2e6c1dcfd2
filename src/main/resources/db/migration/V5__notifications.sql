-- Notifications: who follows what, and each resident's in-app inbox. Targets are named by a type and an id
-- (no foreign key across features), so projects and panels can be followed the same way later.
create table if not exists follow (
    resident_id bigint       not null,
    target_type varchar(20)  not null,
    target_id   bigint       not null,
    created_at  timestamp(6) not null,
    primary key (resident_id, target_type, target_id),
    constraint fk_follow_resident foreign key (resident_id) references resident (id) on delete cascade
);
-- Finds a target's followers when something happens to it.
create index if not exists ix_follow_target on follow (target_type, target_id);

create table if not exists notification (
    id           bigint auto_increment primary key,
    resident_id  bigint       not null,
    kind         varchar(40)  not null,
    target_type  varchar(20)  not null,
    target_id    bigint       not null,
    -- What the target was called when this happened (an idea's title), so the inbox reads without joins.
    target_label varchar(200) not null,
    created_at   timestamp(6) not null,
    read_at      timestamp(6),
    constraint fk_notification_resident foreign key (resident_id) references resident (id) on delete cascade
);
-- Serves the unread count (read_at is null) and the newest-first inbox of one resident.
create index if not exists ix_notification_inbox on notification (resident_id, read_at, created_at);
