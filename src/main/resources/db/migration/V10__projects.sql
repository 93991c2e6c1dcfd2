-- Experimental projects born from mature ideas: holder, partners, themes, lifecycle, milestones, the timeline of
-- what happened, and labels (such as "Territoire French Impact") on territories and projects. Portable between
-- H2 (MariaDB mode) and MariaDB.
create table if not exists project (
    id                 bigint auto_increment primary key,
    version            bigint        not null default 0,
    title              varchar(120)  not null,
    summary            varchar(5000) not null,
    territory_id       bigint        not null,
    holder_type        varchar(20)   not null,
    holder_name        varchar(120)  not null,
    partners           varchar(1000) not null default '',
    phase              varchar(20)   not null,
    evaluation_summary varchar(5000),
    budget             decimal(14,2) not null default 0,
    -- Committed and received funding lines, kept with the lines under the project's row lock, so that lists
    -- filter and sort on the funding status without adding up lines.
    secured_amount     decimal(14,2) not null default 0,
    funding_status     varchar(10)   not null default 'UNFUNDED',
    created_at         timestamp(6)  not null,
    phase_changed_at   timestamp(6)  not null,
    constraint fk_project_territory foreign key (territory_id) references territory (id),
    constraint ck_project_budget check (budget >= 0 and secured_amount >= 0),
    constraint ck_project_holder check (holder_type in ('COMMUNE', 'ASSOCIATION', 'COMPANY')),
    constraint ck_project_phase check (phase in ('STUDY', 'EXPERIMENTATION', 'EVALUATION', 'GENERALISED', 'STOPPED')),
    constraint ck_project_funding check (funding_status in ('UNFUNDED', 'PARTLY', 'FULLY'))
);
create index if not exists ix_project_newest on project (created_at, id);
create index if not exists ix_project_territory on project (territory_id, created_at);
create index if not exists ix_project_phase on project (phase, created_at);
create index if not exists ix_project_funding on project (funding_status, created_at);

create table if not exists project_theme (
    project_id bigint not null,
    theme_id   bigint not null,
    primary key (project_id, theme_id),
    constraint fk_project_theme_project foreign key (project_id) references project (id) on delete cascade,
    constraint fk_project_theme_theme foreign key (theme_id) references theme (id)
);
create index if not exists ix_project_theme_theme on project_theme (theme_id, project_id);

-- An idea becomes at most one project: the primary key says so even when two moderators race.
create table if not exists project_idea (
    idea_id    bigint not null primary key,
    project_id bigint not null,
    constraint fk_project_idea_project foreign key (project_id) references project (id) on delete cascade,
    constraint fk_project_idea_idea foreign key (idea_id) references idea (id)
);
create index if not exists ix_project_idea_project on project_idea (project_id);

-- The public timeline: creation, phase changes, milestones reached, funding and campaign events.
create table if not exists project_event (
    id         bigint auto_increment primary key,
    project_id bigint        not null,
    kind       varchar(30)   not null,
    phase      varchar(20),
    note       varchar(5000) not null default '',
    at         timestamp(6)  not null,
    constraint fk_project_event_project foreign key (project_id) references project (id) on delete cascade
);
create index if not exists ix_project_event_project on project_event (project_id, at);

create table if not exists milestone (
    id         bigint auto_increment primary key,
    project_id bigint       not null,
    title      varchar(200) not null,
    due_on     date,
    progress   int          not null default 0,
    updated_at timestamp(6) not null,
    constraint fk_milestone_project foreign key (project_id) references project (id) on delete cascade,
    constraint ck_milestone_progress check (progress between 0 and 100)
);
create index if not exists ix_milestone_project on milestone (project_id, due_on);

create table if not exists project_label (
    id      bigint auto_increment primary key,
    name    varchar(80)  not null,
    details varchar(500) not null default '',
    constraint uk_project_label_name unique (name)
);

-- A label on a territory or a project, named by type and id as follows and notifications do.
create table if not exists label_award (
    label_id    bigint       not null,
    target_type varchar(10)  not null,
    target_id   bigint       not null,
    awarded_at  timestamp(6) not null,
    primary key (label_id, target_type, target_id),
    constraint fk_label_award_label foreign key (label_id) references project_label (id) on delete cascade,
    constraint ck_label_award_type check (target_type in ('TERRITORY', 'PROJECT'))
);
create index if not exists ix_label_award_target on label_award (target_type, target_id);

insert ignore into project_label (name, details) values
    ('Territoire French Impact', 'Label national des territoires d''innovation sociale (haut-commissariat à l''ESS).');
