-- An idea's optional image with its alternative text: the image as the server re-encoded it (resized, metadata
-- dropped), its checked type and size. Its bytes are in idea_image_content (V27), or in a file named stored_as
-- under sensible.ideas.images.directory when that is set, as panel evidence is.
create table if not exists idea_image (
    idea_id      bigint       not null primary key,
    alt_text     varchar(250) not null,
    content_type varchar(20)  not null,
    width        int          not null,
    height       int          not null,
    size_bytes   bigint       not null,
    stored_as    varchar(100),
    created_at   timestamp(6) not null,
    constraint fk_idea_image_idea foreign key (idea_id) references idea (id) on delete cascade
);
