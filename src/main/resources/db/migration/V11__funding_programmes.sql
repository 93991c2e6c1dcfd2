-- Funding programmes, their eligibility rules and the recorded result of each check. A programme also holds
-- the global matching pot its civic crowdfunding campaigns draw on.
create table if not exists funding_programme (
    id                  bigint auto_increment primary key,
    version             bigint        not null default 0,
    code                varchar(40)   not null,
    name_fr             varchar(120)  not null,
    name_en             varchar(120)  not null,
    -- Eligible only when the territory's legal population is strictly below this number (null: no limit).
    population_below    int,
    requires_rural      boolean       not null default false,
    matching_pot        decimal(14,2) not null default 0,
    crowd_share         decimal(5,4)  not null default 0.5,
    project_cap         decimal(14,2) not null default 50000,
    constraint uk_funding_programme_code unique (code),
    constraint ck_programme_pot check (matching_pot >= 0 and project_cap >= 0),
    constraint ck_programme_share check (crowd_share > 0 and crowd_share <= 1)
);

-- Themes a programme funds; none means every theme.
create table if not exists programme_theme (
    programme_id bigint not null,
    theme_id     bigint not null,
    primary key (programme_id, theme_id),
    constraint fk_programme_theme_programme foreign key (programme_id) references funding_programme (id) on delete cascade,
    constraint fk_programme_theme_theme foreign key (theme_id) references theme (id)
);

-- Qualitative criteria a moderator answers yes or no when checking a project.
create table if not exists programme_criterion (
    id           bigint auto_increment primary key,
    programme_id bigint       not null,
    position     int          not null,
    text_fr      varchar(300) not null,
    text_en      varchar(300) not null,
    constraint fk_criterion_programme foreign key (programme_id) references funding_programme (id) on delete cascade
);

create table if not exists eligibility_check (
    id           bigint auto_increment primary key,
    project_id   bigint       not null,
    programme_id bigint       not null,
    eligible     boolean      not null,
    checked_by   bigint,
    checked_at   timestamp(6) not null,
    constraint fk_check_project foreign key (project_id) references project (id) on delete cascade,
    constraint fk_check_programme foreign key (programme_id) references funding_programme (id),
    constraint fk_check_resident foreign key (checked_by) references resident (id) on delete set null
);
create index if not exists ix_check_project on eligibility_check (project_id, checked_at);

-- One line per rule: what was found, what the rule asks, and whether it passed; shown as sentences.
create table if not exists eligibility_reason (
    check_id     bigint       not null,
    position     int          not null,
    rule         varchar(20)  not null,
    passed       boolean      not null,
    found        varchar(300) not null default '',
    required     varchar(300) not null default '',
    criterion_id bigint,
    primary key (check_id, position),
    constraint fk_reason_check foreign key (check_id) references eligibility_check (id) on delete cascade
);

-- The rural cluster of the source texts: support only for territories under 2,000 inhabitants in a rural zone,
-- for innovative projects that serve both social and territorial cohesion, on its four themes.
insert ignore into funding_programme (code, name_fr, name_en, population_below, requires_rural, matching_pot, crowd_share,
        project_cap)
    values ('rural-cluster', 'Cluster ruralité', 'Rural cluster', 2000, true, 100000.00, 0.5, 50000.00);
insert ignore into programme_theme (programme_id, theme_id)
    select p.id, t.id from funding_programme p, theme t
    where p.code = 'rural-cluster' and t.code in ('public-services', 'third-places', 'mobility', 'health');
insert into programme_criterion (programme_id, position, text_fr, text_en)
    select id, 1, 'Le projet est innovant et expérimental.', 'The project is innovative and experimental.'
    from funding_programme p where code = 'rural-cluster'
    and not exists (select 1 from programme_criterion c where c.programme_id = p.id and c.position = 1);
insert into programme_criterion (programme_id, position, text_fr, text_en)
    select id, 2, 'Le projet sert à la fois la cohésion sociale et la cohésion territoriale.',
        'The project serves both social and territorial cohesion.'
    from funding_programme p where code = 'rural-cluster'
    and not exists (select 1 from programme_criterion c where c.programme_id = p.id and c.position = 2);
