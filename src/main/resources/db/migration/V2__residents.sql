-- Residents: only what the platform needs (identity provider subject, public name, age band, district,
-- language). Never a birth date, an address or an e-mail here.
create table if not exists resident (
    id           bigint auto_increment primary key,
    version      bigint       not null default 0,
    issuer       varchar(255) not null,
    subject      varchar(255) not null,
    display_name varchar(60)  not null,
    age_band     varchar(20),
    district_id  bigint,
    language     varchar(8)   not null default 'fr',
    created_at   timestamp(6) not null,
    constraint uk_resident_identity unique (issuer, subject),
    constraint fk_resident_district foreign key (district_id) references district (id) on delete set null
);

create table if not exists resident_role (
    resident_id bigint      not null,
    role        varchar(20) not null,
    primary key (resident_id, role),
    constraint fk_resident_role_resident foreign key (resident_id) references resident (id) on delete cascade
);
