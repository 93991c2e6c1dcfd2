-- A member may withdraw their own proposal before it is decided: a fifth state. Dropping the check if it exists and
-- adding it again can run again after a crash.
alter table recommendation_proposal drop constraint if exists ck_recommendation_proposal_state;
alter table recommendation_proposal add constraint ck_recommendation_proposal_state
    check (state in ('OPEN', 'VOTED', 'MERGED', 'DECLINED', 'WITHDRAWN'));
