-- Scheduled jobs run once across all instances (ShedLock): one row per job, held until lock_until.
-- Times are written and compared with the database's own UTC clock, so DATETIME (no session time-zone
-- conversion, unlike TIMESTAMP) keeps every instance reading the same instant.
create table if not exists shedlock (
    name       varchar(64)  not null primary key,
    lock_until datetime(3)  not null,
    locked_at  datetime(3)  not null,
    locked_by  varchar(255) not null
);
