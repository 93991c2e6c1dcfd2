-- The learning phase: each panel's evidence library (links and documents, from the facilitation team, experts or
-- stakeholder organisations) and the members' requests to hear an expert.
create table if not exists panel_evidence (
    id           bigint auto_increment primary key,
    panel_id     bigint       not null,
    kind         varchar(20)  not null,
    title        varchar(200) not null,
    url          varchar(500),
    file_name    varchar(200),
    content_type varchar(100),
    size_bytes   bigint,
    -- Set when documents are stored in a directory (sensible.panels.evidence-directory) rather than below.
    stored_as    varchar(100),
    source       varchar(20)  not null,
    source_name  varchar(200) not null,
    added_by     bigint,
    added_at     timestamp(6) not null,
    constraint ck_panel_evidence_kind check (kind in ('LINK', 'DOCUMENT')),
    constraint fk_panel_evidence_panel foreign key (panel_id) references panel (id) on delete cascade
);
create index if not exists ix_panel_evidence_panel on panel_evidence (panel_id, added_at);

create table if not exists panel_evidence_content (
    evidence_id bigint   primary key,
    content     longblob not null,
    constraint fk_panel_evidence_content foreign key (evidence_id) references panel_evidence (id) on delete cascade
);

create table if not exists panel_expert_request (
    id          bigint auto_increment primary key,
    panel_id    bigint        not null,
    resident_id bigint,
    question    varchar(1000) not null,
    created_at  timestamp(6)  not null,
    constraint fk_panel_expert_panel foreign key (panel_id) references panel (id) on delete cascade,
    constraint fk_panel_expert_resident foreign key (resident_id) references resident (id) on delete set null
);
create index if not exists ix_panel_expert_request on panel_expert_request (panel_id, created_at);
