-- E-mail notifications: an address only for residents who give one, the kinds of events they want by e-mail,
-- the events waiting for tomorrow's digest, and the key that signs unsubscribe links. Nothing here is needed to
-- use the platform: erasing an account removes every row (cascade), and removing an address removes the rest.
create table if not exists email_subscriber (
    resident_id bigint       not null primary key,
    address     varchar(254) not null,
    -- True: one e-mail a day listing what happened; false: one e-mail per event.
    digest      boolean      not null default false,
    updated_at  timestamp(6) not null,
    constraint fk_email_subscriber_resident foreign key (resident_id) references resident (id) on delete cascade
);

create table if not exists email_preference (
    resident_id bigint      not null,
    kind        varchar(40) not null,
    primary key (resident_id, kind),
    constraint fk_email_preference_subscriber foreign key (resident_id) references email_subscriber (resident_id)
        on delete cascade
);

create table if not exists email_digest_item (
    id           bigint auto_increment primary key,
    resident_id  bigint       not null,
    kind         varchar(40)  not null,
    target_type  varchar(20)  not null,
    target_id    bigint       not null,
    target_label varchar(200) not null,
    created_at   timestamp(6) not null,
    constraint fk_email_digest_subscriber foreign key (resident_id) references email_subscriber (resident_id)
        on delete cascade
);
create index if not exists ix_email_digest_resident on email_digest_item (resident_id, id);

-- One row, written at first use when the operator set no secret of their own.
create table if not exists email_signing_key (
    id     int         not null primary key,
    secret varchar(64) not null,
    constraint ck_email_signing_key_single check (id = 1)
);
