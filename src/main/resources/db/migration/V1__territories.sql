-- Territories, their districts, and themes. Portable between H2 (MariaDB mode) and MariaDB.
create table if not exists territory (
    id              bigint auto_increment primary key,
    version         bigint       not null default 0,
    name            varchar(120) not null,
    official_code   varchar(15)  not null,
    population      int          not null,
    population_year int          not null,
    rural           boolean      not null,
    constraint uk_territory_code unique (official_code)
);

create table if not exists district (
    id           bigint auto_increment primary key,
    territory_id bigint      not null,
    name         varchar(80) not null,
    constraint fk_district_territory foreign key (territory_id) references territory (id) on delete cascade,
    constraint uk_district_name unique (territory_id, name)
);

create table if not exists theme (
    id      bigint auto_increment primary key,
    version bigint      not null default 0,
    code    varchar(40) not null,
    name_fr varchar(80) not null,
    name_en varchar(80) not null,
    active  boolean     not null default true,
    constraint uk_theme_code unique (code)
);

-- The default themes named in the source texts; administrators may rename, deactivate or add to them.
insert ignore into theme (code, name_fr, name_en, active) values
    ('public-services', 'Accès aux services publics et aux droits', 'Access to public services and rights', true),
    ('third-places', 'Tiers-lieux', 'Third places', true),
    ('mobility', 'Mobilité', 'Mobility', true),
    ('health', 'Santé', 'Health', true),
    ('circular-economy', 'Économie circulaire', 'Circular economy', true),
    ('zero-waste', 'Zéro déchet', 'Zero waste', true),
    ('housing-employment', 'Logement et emploi', 'Housing and employment', true),
    ('short-food-circuits', 'Circuits alimentaires courts', 'Short food circuits', true),
    ('risk-prevention', 'Prévention des risques', 'Risk prevention', true),
    ('culture', 'Culture', 'Culture', true);
