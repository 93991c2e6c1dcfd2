-- Moves who voted out of the old ballot table (one statement: it commits whole, and finds nothing to do again).
insert into ballot_register (subject_type, subject_id, voter_key, voter_id, draft_id)
    select b.subject_type, b.subject_id, b.voter_key, b.voter_id, b.draft_id from ballot b
    where not exists (select 1 from ballot_register r where r.subject_type = b.subject_type
                      and r.subject_id = b.subject_id and r.voter_key = b.voter_key);
