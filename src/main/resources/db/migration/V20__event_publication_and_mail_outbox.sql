-- Durable events. Spring Modulith's event publication registry (JDBC, schema v2 of spring-modulith-events-jdbc
-- 2.1): one row per event and listener, written in the transaction that published the event, completed once the
-- listener is done, so that an instance dying after a commit leaves the row incomplete for another to resubmit.
-- The table's name is in capitals because Modulith's SQL spells it so, and MariaDB's table names are case-sensitive
-- on Linux (H2 with DATABASE_TO_LOWER folds both to lower case). Columns as in Modulith's own schema files, with
-- types that both MariaDB 10.11 and H2 (MODE=MariaDB) take:
--  - id is UUID: H2 must hand back a java.util.UUID (Modulith checks it), MariaDB (10.7+) stores it natively;
--  - datetime(6), not timestamp: Modulith writes java.sql.Timestamp, and a MariaDB timestamp column could be
--    given an automatic ON UPDATE by an older server setting, which would move publication dates;
--  - serialized_event is varchar(15000) rather than Modulith's 4000: events listing residents (a campaign's
--    pledgers, an idea's supporters) are longer; it stays a varchar because Modulith compares it with '=',
--    which H2 refuses on large objects, and 15000 characters keep a MariaDB row under its 64 KiB limit.
create table if not exists EVENT_PUBLICATION (
    id                     uuid           not null primary key,
    listener_id            varchar(512)   not null,
    event_type             varchar(512)   not null,
    serialized_event       varchar(15000) not null,
    publication_date       datetime(6)    not null,
    completion_date        datetime(6),
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date datetime(6)
);
create index if not exists ix_event_publication_completion on EVENT_PUBLICATION (completion_date);
create index if not exists ix_event_publication_listener on EVENT_PUBLICATION (listener_id, completion_date);

-- E-mails waiting to be sent (the transactional outbox). A row is written in the transaction that decides the
-- e-mail, so it is neither lost when an instance dies after the commit nor sent when the decision rolls back.
-- (resident_id, event_key) is unique: an event delivered twice never queues a second e-mail for the same person.
-- Instances claim a row by moving claimed_until forward; a row whose claim ran out (its instance died) is taken
-- again. Sent rows, and rows given up after too many failures, are deleted after a retention period.
create table if not exists email_outbox (
    id              bigint auto_increment primary key,
    resident_id     bigint        not null,
    event_key       varchar(100)  not null,
    address         varchar(254)  not null,
    subject         varchar(500)  not null,
    body            mediumtext    not null,
    unsubscribe_url varchar(1000) not null,
    created_at      timestamp(6)  not null,
    attempts        int           not null default 0,
    next_attempt_at timestamp(6)  not null,
    claimed_until   timestamp(6),
    sent_at         timestamp(6),
    failed_at       timestamp(6),
    constraint uq_email_outbox_event unique (resident_id, event_key),
    constraint fk_email_outbox_resident foreign key (resident_id) references resident (id) on delete cascade
);
create index if not exists ix_email_outbox_due on email_outbox (sent_at, failed_at, next_attempt_at);
create index if not exists ix_email_outbox_event on email_outbox (event_key);
