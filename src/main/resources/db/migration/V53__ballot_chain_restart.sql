-- The draft's chain now links the seals of closed votes rather than ballots in the order they were cast, which
-- told the order of the voters. It starts again empty; start-up seals every vote already closed (BallotSeals).
update draft set chain_seq = 0, chain_head = '' where not exists (select 1 from ballot_seal s where s.draft_id = draft.id);
