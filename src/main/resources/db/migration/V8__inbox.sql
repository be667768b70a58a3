-- The inbox: conversations per author, channel and visibility (private messages apart from public requests),
-- the citizen's messages with their triage, the replies (automatic, from the assistant or from a person, with
-- their approval), internal notes and the history of who did what.
create table inbox_conversation (
    id                    uuid         primary key,
    ente_id               varchar(64)  not null references ente (id),
    channel_id            varchar(64)  not null,
    platform              varchar(32)  not null,
    author_key            varchar(200) not null,
    author_id             varchar(200),
    author_name           varchar(200),
    private_thread        boolean      not null,
    state                 varchar(24)  not null,
    assignee              varchar(100),
    office                varchar(64)  not null,
    intent                varchar(32)  not null,
    emergency             boolean      not null,
    opened_at             timestamp with time zone not null,
    last_message_at       timestamp with time zone not null,
    waiting_since         timestamp with time zone,
    automatic_reply_at    timestamp with time zone,
    constraint inbox_conversation_once unique (ente_id, channel_id, author_key, private_thread)
);
create index inbox_conversation_list on inbox_conversation (ente_id, emergency, last_message_at);

create table inbox_message (
    id             uuid         primary key,
    conversation_id uuid        not null references inbox_conversation (id),
    interaction_id uuid         not null,
    platform_id    varchar(200) not null,
    kind           varchar(32)  not null,
    text           text         not null,
    received_at    timestamp with time zone not null,
    intent         varchar(32)  not null,
    confidence     double precision not null,
    topic          varchar(32),
    office         varchar(64)  not null,
    emergency      boolean      not null,
    staffed        boolean      not null,
    reasons        text         not null
);
create index inbox_message_thread on inbox_message (conversation_id, received_at);

create table inbox_reply (
    id               uuid         primary key,
    conversation_id  uuid         not null references inbox_conversation (id),
    ente_id          varchar(64)  not null,
    origin           varchar(16)  not null,
    state            varchar(24)  not null,
    text             text         not null,
    in_reply_to      varchar(200) not null,
    written_by       varchar(100) not null,
    written_at       timestamp with time zone not null,
    approved_by      varchar(100),
    sent_at          timestamp with time zone,
    office           varchar(64),
    channel_id       varchar(64)  not null,
    response_minutes bigint,
    source_url       varchar(500)
);
create index inbox_reply_thread on inbox_reply (conversation_id, written_at);
create index inbox_reply_times on inbox_reply (ente_id, sent_at);

create table inbox_note (
    id              uuid         primary key,
    conversation_id uuid         not null references inbox_conversation (id),
    author          varchar(100) not null,
    text            text         not null,
    written_at      timestamp with time zone not null
);
create index inbox_note_thread on inbox_note (conversation_id, written_at);

create table inbox_history (
    id              uuid         primary key,
    conversation_id uuid         not null references inbox_conversation (id),
    actor           varchar(100) not null,
    action          varchar(32)  not null,
    detail          varchar(500),
    at              timestamp with time zone not null
);
create index inbox_history_thread on inbox_history (conversation_id, at);
