-- The panel's final recommendations, their secret votes (in ballot) and tallies, and the authority's answers.
create table if not exists recommendation (
    id             bigint auto_increment primary key,
    version        bigint        not null default 0,
    draft_id       bigint        not null,
    position       int           not null,
    body           varchar(3000) not null,
    state          varchar(10)   not null,
    votes_for      int,
    votes_against  int,
    votes_abstain  int,
    electorate     int,
    adopted        boolean,
    closed_at      timestamp(6),
    answer         varchar(10),
    answer_reasons varchar(5000),
    implementation varchar(12),
    answered_at    timestamp(6),
    constraint uq_recommendation_position unique (draft_id, position),
    constraint ck_recommendation_state check (state in ('PROPOSED', 'VOTING', 'CLOSED')),
    constraint ck_recommendation_answer check (answer is null or answer in ('ACCEPTED', 'PARTLY', 'REJECTED')),
    constraint ck_recommendation_implementation check (implementation is null
        or implementation in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'ABANDONED')),
    constraint ck_recommendation_tally check (state <> 'CLOSED' or (votes_for is not null and adopted is not null)),
    constraint fk_recommendation_draft foreign key (draft_id) references draft (id) on delete cascade
);
