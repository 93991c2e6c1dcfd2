-- Display names are unique: each name's key (case, accents, separators and confusable characters folded, Unicode
-- TS #39 skeleton) belongs to one resident, including the names they used before, so that nobody else can take a
-- name under which earlier contributions appear. Keys of existing residents are filled in at start-up
-- (ResidentNameKeys), since the skeleton needs ICU; an erased resident's keys go with the account.
create table if not exists resident_name_key (
    name_key    varchar(240) not null primary key,
    resident_id bigint       not null,
    constraint fk_resident_name_key_resident foreign key (resident_id) references resident (id) on delete cascade
);
