-- Funding plans (lines by source) and civic crowdfunding campaigns with residents' pledges. Amounts are exact
-- euros with cents.
create table if not exists funding_line (
    id          bigint auto_increment primary key,
    project_id  bigint        not null,
    source_name varchar(120)  not null,
    source_type varchar(20)   not null,
    amount      decimal(14,2) not null,
    status      varchar(10)   not null,
    created_at  timestamp(6)  not null,
    updated_at  timestamp(6)  not null,
    constraint fk_funding_line_project foreign key (project_id) references project (id) on delete cascade,
    constraint ck_funding_line_amount check (amount > 0),
    constraint ck_funding_line_type check (source_type in ('REGION', 'STATE', 'PUBLIC_BANK', 'COMMUNE', 'FOUNDATION',
        'CROWDFUNDING', 'OTHER')),
    constraint ck_funding_line_status check (status in ('REQUESTED', 'COMMITTED', 'RECEIVED', 'REFUSED'))
);
create index if not exists ix_funding_line_project on funding_line (project_id, id);

-- One campaign per project. Its totals move under its row lock; closing is a state change under that same lock,
-- so a second closer (another thread, another instance) finds it closed and does nothing.
create table if not exists campaign (
    id            bigint auto_increment primary key,
    project_id    bigint        not null,
    programme_id  bigint        not null,
    target        decimal(14,2) not null,
    crowd_share   decimal(5,4)  not null,
    project_cap   decimal(14,2) not null,
    min_pledge    decimal(14,2) not null,
    max_pledge    decimal(14,2) not null,
    starts_at     timestamp(6)  not null,
    deadline      timestamp(6)  not null,
    state         varchar(10)   not null,
    pledged_total decimal(14,2) not null default 0,
    pledger_count int           not null default 0,
    city_match    decimal(14,2) not null default 0,
    closed_at     timestamp(6),
    constraint uk_campaign_project unique (project_id),
    constraint fk_campaign_project foreign key (project_id) references project (id) on delete cascade,
    constraint fk_campaign_programme foreign key (programme_id) references funding_programme (id),
    constraint ck_campaign_amounts check (target > 0 and pledged_total >= 0 and city_match >= 0 and project_cap >= 0
        and min_pledge > 0 and max_pledge >= min_pledge),
    constraint ck_campaign_share check (crowd_share > 0 and crowd_share <= 1),
    constraint ck_campaign_state check (state in ('OPEN', 'SUCCEEDED', 'FAILED'))
);
create index if not exists ix_campaign_due on campaign (state, deadline);

-- A resident's pledge: a commitment recorded here, no payment. Erasing the account keeps the amount and drops
-- the resident (null), so totals stay right.
create table if not exists pledge (
    id          bigint auto_increment primary key,
    campaign_id bigint        not null,
    resident_id bigint,
    amount      decimal(14,2) not null,
    released    boolean       not null default false,
    created_at  timestamp(6)  not null,
    updated_at  timestamp(6)  not null,
    constraint uk_pledge_resident unique (campaign_id, resident_id),
    constraint fk_pledge_campaign foreign key (campaign_id) references campaign (id) on delete cascade,
    constraint fk_pledge_resident foreign key (resident_id) references resident (id) on delete set null,
    constraint ck_pledge_amount check (amount > 0)
);
create index if not exists ix_pledge_resident on pledge (resident_id);
