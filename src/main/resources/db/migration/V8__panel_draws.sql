-- Each round of a panel's draw (0: the panel and its reserves; 1, 2...: replacements for those who declined).
-- Published before the draw: the ticket list (canonical text), its SHA-256, every volunteer's probability and how
-- the seed will be chosen; the draw then fills seed, ticket and selection. Rows are never rewritten after that.
create table if not exists panel_draw (
    id                  bigint auto_increment primary key,
    panel_id            bigint       not null,
    draw_round          int          not null,
    seats               int          not null,
    pool_size           int          not null,
    seed_announcement   varchar(300) not null,
    ticket_hash         varchar(64)  not null,
    tickets             longtext     not null,
    probabilities       longtext     not null,
    minimum_probability double       not null,
    published_at        timestamp(6) not null,
    seed                varchar(200),
    ticket_index        int,
    selected            longtext,
    reserves            longtext,
    drawn_at            timestamp(6),
    constraint uk_panel_draw unique (panel_id, draw_round),
    constraint ck_panel_draw_seats check (seats >= 1),
    constraint fk_panel_draw_panel foreign key (panel_id) references panel (id) on delete cascade
);
