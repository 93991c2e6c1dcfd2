-- Residency verification by a list the town hall holds (issue 13): the electoral roll or a census extract,
-- uploaded as CSV and kept only as salted hashes of each person's normalised family name, first given name and
-- birth date (and postcode when the row gives one). The clear file is never stored. One list per territory; a
-- new upload replaces the previous one, its salt included, so that hashes of two lists cannot be compared.
create table if not exists town_hall_list (
    territory_id bigint       not null primary key,
    -- 32 random bytes, hex: drawn anew for each upload.
    salt         char(64)     not null,
    -- Rows read in the file, for the administrator (several rows may share one hash).
    row_count    int          not null,
    uploaded_at  timestamp(6) not null,
    uploaded_by  bigint
);

create table if not exists town_hall_list_entry (
    territory_id bigint   not null,
    -- HMAC-SHA256 of the normalised identity, keyed with the list's salt, hex.
    entry_hash   char(64) not null,
    primary key (territory_id, entry_hash)
);
