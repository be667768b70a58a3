-- The audit log: one hash chain per ente. audit_head holds the last sequence number and hash of each chain, so
-- that removing the newest entries is detected, and is locked to serialise appends.
create table audit_head (
    ente_id varchar(64) primary key,
    seq     bigint      not null,
    hash    char(64)    not null
);

create table audit_entry (
    ente_id       varchar(64)  not null,
    seq           bigint       not null,
    at            timestamp with time zone not null,
    actor         varchar(200) not null,
    action        varchar(64)  not null,
    subject       varchar(200) not null,
    details       text         not null,
    previous_hash char(64)     not null,
    hash          char(64)     not null,
    primary key (ente_id, seq)
);
create index audit_entry_action on audit_entry (ente_id, action, seq);
