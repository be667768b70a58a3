-- Entes and the version history of their policies. One set of migrations for H2 (PostgreSQL mode) and PostgreSQL.
create table ente (
    id          varchar(64)  primary key,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null
);

create table policy_version (
    ente_id     varchar(64)  not null references ente (id),
    version_no  integer      not null,
    revision    varchar(64)  not null,
    content     text         not null,
    sha256      char(64)     not null,
    imported_at timestamp with time zone not null,
    imported_by varchar(200) not null,
    primary key (ente_id, version_no)
);
create index policy_version_in_force on policy_version (ente_id, imported_at);
