-- Erased accounts: the row stays as an empty tombstone (no subject, no name, no age band, no district, no role)
-- so that the supports it gave still count and the hash-chained trails that name its number still verify.
alter table resident add column if not exists erased_at timestamp(6);
