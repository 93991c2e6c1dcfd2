-- A session of a panel's schedule can be cancelled (and stays listed as such) in any phase before the panel closes.
-- One statement, safe to run again after a start that died half-way.
alter table panel_session add column if not exists cancelled boolean not null default false;
