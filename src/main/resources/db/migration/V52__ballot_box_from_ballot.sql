-- Moves the choices out of the old ballot table, with random ids and without voter, sequence or time. One
-- statement, so it commits whole; a subject already moved is skipped if it runs again. These ballots were cast
-- before receipts existed, so no receipt matches them. Their closed votes are sealed at start-up (BallotSeals).
insert into ballot_box (subject_type, subject_id, id, draft_id, choice)
    select b.subject_type, b.subject_id, concat(rand(), '-', rand()), b.draft_id, b.choice from ballot b
    where not exists (select 1 from ballot_box x where x.subject_type = b.subject_type and x.subject_id = b.subject_id);
