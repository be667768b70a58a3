-- Local staff accounts and their roles per ente ('*' for every ente).
create table staff_account (
    username      varchar(100) primary key,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    created_at    timestamp with time zone not null
);

create table staff_role (
    username varchar(100) not null references staff_account (username),
    ente_id  varchar(64)  not null,
    role     varchar(32)  not null,
    primary key (username, ente_id, role)
);
