-- A resident's own votes, for their data download and their erasure.
create index if not exists ix_ballot_register_voter on ballot_register (voter_id);
