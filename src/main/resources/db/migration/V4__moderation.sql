-- Moderation: interactions (stored once per platform id), decisions with their statement of reasons, the
-- review queue, strikes and sanctions on authors, appeals, and the evidence kept for the retention period.
create table interaction (
    id                 uuid         primary key,
    ente_id            varchar(64)  not null references ente (id),
    channel_id         varchar(64)  not null,
    platform           varchar(32)  not null,
    kind               varchar(32)  not null,
    platform_id        varchar(200) not null,
    post_platform_id   varchar(200),
    post_text          text,
    parent_platform_id varchar(200),
    author_id          varchar(200),
    author_name        varchar(200),
    text               text         not null,
    created_at         timestamp with time zone not null,
    received_at        timestamp with time zone not null,
    state              varchar(32)  not null,
    constraint interaction_once unique (ente_id, channel_id, platform_id)
);
create index interaction_by_author on interaction (ente_id, author_id, created_at);

create table decision (
    id               uuid         primary key,
    ente_id          varchar(64)  not null,
    interaction_id   uuid         not null references interaction (id),
    policy_version   integer      not null,
    action           varchar(16)  not null,
    suggested_action varchar(16),
    categories       varchar(400) not null,
    measures         varchar(200) not null,
    automated        boolean      not null,
    decided_by       varchar(200) not null,
    decided_at       timestamp with time zone not null,
    note             text,
    reasons          text         not null,
    supersedes       uuid
);
create index decision_by_interaction on decision (interaction_id, decided_at);
create index decision_by_ente on decision (ente_id, decided_at);

create table review_item (
    interaction_id uuid         primary key references interaction (id),
    ente_id        varchar(64)  not null,
    severity       integer      not null,
    state          varchar(16)  not null,
    claimed_by     varchar(200),
    claimed_at     timestamp with time zone,
    created_at     timestamp with time zone not null
);
create index review_queue on review_item (ente_id, state, severity, created_at);

create table strike (
    id          uuid         primary key,
    ente_id     varchar(64)  not null,
    author_id   varchar(200) not null,
    decision_id uuid         not null references decision (id),
    category    varchar(32)  not null,
    at          timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    revoked     boolean      not null
);
create index strike_by_author on strike (ente_id, author_id, expires_at);

create table sanction (
    id           uuid         primary key,
    ente_id      varchar(64)  not null,
    author_id    varchar(200) not null,
    measure      varchar(32)  not null,
    decision_id  uuid         not null references decision (id),
    starts_at    timestamp with time zone not null,
    ends_at      timestamp with time zone,
    confirmed_by varchar(200),
    revoked      boolean      not null
);
create index sanction_by_author on sanction (ente_id, author_id);

create table appeal (
    id           uuid         primary key,
    ente_id      varchar(64)  not null,
    decision_id  uuid         not null references decision (id),
    filed_at     timestamp with time zone not null,
    statement    text         not null,
    contact      varchar(200),
    state        varchar(16)  not null,
    decided_by   varchar(200),
    decided_at   timestamp with time zone,
    outcome_note text
);
create index appeal_by_ente on appeal (ente_id, state, filed_at);

create table evidence (
    decision_id  uuid         primary key references decision (id),
    ente_id      varchar(64)  not null,
    content      text,
    context      text,
    sha256       char(64)     not null,
    retain_until timestamp with time zone not null,
    purged_at    timestamp with time zone
);
create index evidence_retention on evidence (retain_until, purged_at);
