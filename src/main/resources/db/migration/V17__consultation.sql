-- The public consultation: residents and organisations comment a published draft section by section.
create table if not exists consultation_comment (
    id           bigint auto_increment primary key,
    draft_id     bigint        not null,
    section_id   bigint        not null,
    author_id    bigint,
    organisation varchar(160),
    body         varchar(3000) not null,
    created_at   timestamp(6)  not null,
    constraint fk_consultation_draft foreign key (draft_id) references draft (id) on delete cascade,
    constraint fk_consultation_section foreign key (section_id) references draft_section (id) on delete cascade,
    constraint fk_consultation_author foreign key (author_id) references resident (id) on delete set null
);
create index if not exists ix_consultation_section on consultation_comment (draft_id, section_id, created_at);
create index if not exists ix_consultation_author on consultation_comment (author_id);
