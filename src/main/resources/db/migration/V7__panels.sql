-- Representative panels: the panel, its quotas and sessions, its pool of volunteers and its seats. Other modules
-- refer to a panel by its id as a plain number: no foreign key from outside points into these tables.
create table if not exists panel (
    id                  bigint auto_increment primary key,
    version             bigint       not null default 0,
    question            varchar(500) not null,
    authority           varchar(200) not null,
    territory_id        bigint       not null,
    panel_size          int          not null,
    reserves            int          not null,
    phase               varchar(20)  not null,
    recruitment_opens   date,
    recruitment_closes  date,
    -- How the seed will be chosen (e.g. "the Loto of 12 December 2026"), announced before the draw.
    seed_announcement   varchar(300),
    created_at          timestamp(6) not null,
    closed_at           timestamp(6),
    -- When the retention job deleted the volunteer pool's data, once the panel had been closed long enough.
    pool_purged_at      timestamp(6),
    constraint ck_panel_size check (panel_size between 1 and 1000),
    constraint ck_panel_reserves check (reserves >= 0 and reserves <= panel_size),
    constraint fk_panel_territory foreign key (territory_id) references territory (id)
);
create index if not exists ix_panel_phase on panel (phase, id);

create table if not exists panel_quota (
    panel_id  bigint      not null,
    position  int         not null,
    category  varchar(60) not null,
    feature   varchar(60) not null,
    min_count int         not null,
    max_count int         not null,
    primary key (panel_id, position),
    constraint uk_panel_quota unique (panel_id, category, feature),
    constraint ck_panel_quota check (min_count >= 0 and max_count >= min_count),
    constraint fk_panel_quota_panel foreign key (panel_id) references panel (id) on delete cascade
);

create table if not exists panel_session (
    panel_id  bigint       not null,
    position  int          not null,
    starts_at timestamp(6) not null,
    place     varchar(200) not null,
    topic     varchar(200) not null,
    primary key (panel_id, position),
    constraint fk_panel_session_panel foreign key (panel_id) references panel (id) on delete cascade
);

-- The pool: residents who volunteered in the app (resident_id) and respondents imported from practitioners'
-- files (external_id). Only declared categories are kept: an age band, a district, never a birth date or address.
create table if not exists panel_volunteer (
    id           bigint auto_increment primary key,
    panel_id     bigint       not null,
    resident_id  bigint,
    external_id  varchar(60),
    consented_at timestamp(6) not null,
    constraint uk_panel_volunteer_resident unique (panel_id, resident_id),
    constraint uk_panel_volunteer_external unique (panel_id, external_id),
    constraint ck_panel_volunteer_who check (resident_id is not null or external_id is not null),
    constraint fk_panel_volunteer_panel foreign key (panel_id) references panel (id) on delete cascade,
    constraint fk_panel_volunteer_resident foreign key (resident_id) references resident (id) on delete cascade
);

create table if not exists panel_volunteer_feature (
    volunteer_id bigint      not null,
    category     varchar(60) not null,
    feature      varchar(60) not null,
    primary key (volunteer_id, category),
    constraint fk_panel_feature_volunteer foreign key (volunteer_id) references panel_volunteer (id) on delete cascade
);

-- A seat offered by a draw. The profile copies the drawn person's features so that the panel's composition stays
-- countable after the pool is purged or the person erased (resident_id then becomes null).
create table if not exists panel_seat (
    id           bigint auto_increment primary key,
    version      bigint        not null default 0,
    panel_id     bigint        not null,
    volunteer_id bigint,
    resident_id  bigint,
    draw_round   int           not null,
    status       varchar(20)   not null,
    profile      varchar(1000) not null,
    offered_at   timestamp(6)  not null,
    answered_at  timestamp(6),
    constraint uk_panel_seat_volunteer unique (panel_id, volunteer_id),
    constraint fk_panel_seat_panel foreign key (panel_id) references panel (id) on delete cascade,
    constraint fk_panel_seat_volunteer foreign key (volunteer_id) references panel_volunteer (id) on delete set null,
    constraint fk_panel_seat_resident foreign key (resident_id) references resident (id) on delete set null
);
create index if not exists ix_panel_seat_resident on panel_seat (resident_id, panel_id);
create index if not exists ix_panel_seat_status on panel_seat (panel_id, status);
