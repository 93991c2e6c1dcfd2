-- Members' proposals for recommendations. A panel member writes one (a title and a text), other members support it
-- (one support each); the facilitator puts it to the vote (it becomes a recommendation, voted by the secret ballot
-- as before), declines it with a reason members read, or merges duplicates into one text, which takes effect only
-- once every author of the merged proposals agreed. Every statement can run again after a crash.
create table if not exists recommendation_proposal (
    id                bigint auto_increment primary key,
    version           bigint        not null default 0,
    draft_id          bigint        not null,
    title             varchar(150)  not null,
    body              varchar(2800) not null,
    state             varchar(10)   not null,
    support_count     int           not null default 0,
    decline_reason    varchar(1000),
    recommendation_id bigint,
    merged_into       bigint,
    created_at        timestamp(6)  not null,
    decided_at        timestamp(6),
    constraint ck_recommendation_proposal_state check (state in ('OPEN', 'VOTED', 'MERGED', 'DECLINED')),
    constraint fk_recommendation_proposal_draft foreign key (draft_id) references draft (id) on delete cascade,
    constraint fk_recommendation_proposal_recommendation foreign key (recommendation_id)
        references recommendation (id) on delete set null,
    constraint fk_recommendation_proposal_merged foreign key (merged_into)
        references recommendation_proposal (id) on delete set null
);
create index if not exists ix_recommendation_proposal_draft on recommendation_proposal (draft_id, created_at);

-- A proposal has one author, or several once merged; an erased resident's row goes, the text stays.
create table if not exists recommendation_proposal_author (
    proposal_id bigint not null,
    resident_id bigint not null,
    primary key (proposal_id, resident_id),
    constraint fk_proposal_author_proposal foreign key (proposal_id) references recommendation_proposal (id)
        on delete cascade,
    constraint fk_proposal_author_resident foreign key (resident_id) references resident (id) on delete cascade
);
create index if not exists ix_proposal_author_resident on recommendation_proposal_author (resident_id);

create table if not exists recommendation_proposal_support (
    proposal_id bigint       not null,
    resident_id bigint       not null,
    created_at  timestamp(6) not null,
    primary key (proposal_id, resident_id),
    constraint fk_proposal_support_proposal foreign key (proposal_id) references recommendation_proposal (id)
        on delete cascade,
    constraint fk_proposal_support_resident foreign key (resident_id) references resident (id) on delete cascade
);
create index if not exists ix_proposal_support_resident on recommendation_proposal_support (resident_id);

-- A merge the facilitator proposed: its text, the proposals it joins, and each author's answer.
create table if not exists recommendation_merge (
    id          bigint auto_increment primary key,
    draft_id    bigint        not null,
    title       varchar(150)  not null,
    body        varchar(2800) not null,
    state       varchar(10)   not null,
    result_id   bigint,
    created_at  timestamp(6)  not null,
    decided_at  timestamp(6),
    constraint ck_recommendation_merge_state check (state in ('PENDING', 'DONE', 'REFUSED', 'CANCELLED')),
    constraint fk_recommendation_merge_draft foreign key (draft_id) references draft (id) on delete cascade,
    constraint fk_recommendation_merge_result foreign key (result_id) references recommendation_proposal (id)
        on delete set null
);
create index if not exists ix_recommendation_merge_draft on recommendation_merge (draft_id, state);

create table if not exists recommendation_merge_part (
    merge_id    bigint not null,
    proposal_id bigint not null,
    primary key (merge_id, proposal_id),
    constraint fk_merge_part_merge foreign key (merge_id) references recommendation_merge (id) on delete cascade,
    constraint fk_merge_part_proposal foreign key (proposal_id) references recommendation_proposal (id)
        on delete cascade
);
create index if not exists ix_merge_part_proposal on recommendation_merge_part (proposal_id);

create table if not exists recommendation_merge_answer (
    merge_id    bigint       not null,
    resident_id bigint       not null,
    agreed      boolean      not null,
    answered_at timestamp(6) not null,
    primary key (merge_id, resident_id),
    constraint fk_merge_answer_merge foreign key (merge_id) references recommendation_merge (id) on delete cascade,
    constraint fk_merge_answer_resident foreign key (resident_id) references resident (id) on delete cascade
);
create index if not exists ix_merge_answer_resident on recommendation_merge_answer (resident_id);
