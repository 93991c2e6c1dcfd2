-- Values administrators set on /admin/thresholds; a key without a row takes its default from the YAML settings.
-- One statement, safe to run again after a start that died half-way.
create table if not exists threshold_value (
    name       varchar(100)  not null primary key,
    value_text varchar(4000) not null,
    changed_at timestamp(6)  not null,
    changed_by bigint        null
);
