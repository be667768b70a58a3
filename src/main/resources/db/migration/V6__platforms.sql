-- Platform connectors: how each channel is connected (secrets encrypted), the action outbox, and the digests of
-- webhook deliveries already read (replays are answered but not read again).
create table channel_connection (
    ente_id          varchar(64)  not null references ente (id),
    channel_id       varchar(64)  not null,
    platform         varchar(32)  not null,
    connector        varchar(32)  not null,
    api_base         varchar(500),
    settings         text         not null,
    secrets          text,
    state            varchar(32)  not null,
    state_reason     text,
    paused_until     timestamp with time zone,
    poll_cursor      varchar(500),
    poll_due_at      timestamp with time zone,
    updated_at       timestamp with time zone not null,
    primary key (ente_id, channel_id)
);

create table platform_action (
    id                uuid         primary key,
    seq               bigint       generated always as identity,
    ente_id           varchar(64)  not null,
    channel_id        varchar(64)  not null,
    decision_id       uuid,
    kind              varchar(32)  not null,
    target_id         varchar(200) not null,
    post_id           varchar(200),
    author_id         varchar(200),
    text              text,
    until_at          timestamp with time zone,
    target_created_at timestamp with time zone,
    idempotency_key   varchar(200) not null,
    purpose           varchar(200) not null,
    state             varchar(16)  not null,
    attempts          integer      not null,
    next_attempt_at   timestamp with time zone not null,
    lease_until       timestamp with time zone,
    claimed_by        varchar(100),
    last_error        text,
    reference         varchar(200),
    created_at        timestamp with time zone not null,
    finished_at       timestamp with time zone,
    constraint platform_action_once unique (idempotency_key)
);
create index platform_action_due on platform_action (state, next_attempt_at);
create index platform_action_by_ente on platform_action (ente_id, state, created_at);

create table webhook_delivery (
    digest      char(64)     primary key,
    ente_id     varchar(64)  not null,
    channel_id  varchar(64)  not null,
    received_at timestamp with time zone not null
);
create index webhook_delivery_age on webhook_delivery (received_at);
create index platform_action_by_target on platform_action (ente_id, channel_id, target_id, seq);
