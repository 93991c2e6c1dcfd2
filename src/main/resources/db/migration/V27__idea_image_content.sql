-- The bytes of an idea's image when no directory is configured (see V26).
create table if not exists idea_image_content (
    idea_id bigint   not null primary key,
    content longblob not null,
    constraint fk_idea_image_content foreign key (idea_id) references idea_image (idea_id) on delete cascade
);
