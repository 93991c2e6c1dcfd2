-- Every display name a resident has used, from when: contributions show the name in force when they were written
-- (a rename does not re-attribute them), and moderators see earlier names. Existing residents start with their
-- current name from their creation.
create table if not exists resident_name_change (
    id           bigint auto_increment primary key,
    resident_id  bigint       not null,
    display_name varchar(60)  not null,
    used_from    timestamp(6) not null,
    constraint fk_resident_name_change_resident foreign key (resident_id) references resident (id) on delete cascade
);
insert into resident_name_change (resident_id, display_name, used_from)
    select r.id, r.display_name, r.created_at from resident r
    where r.erased_at is null
      and not exists (select 1 from resident_name_change c where c.resident_id = r.id);
