-- Portal users and roles, in the shape Spring Security's JdbcUserDetailsManager reads.
-- Passwords are stored by a DelegatingPasswordEncoder, e.g. '{bcrypt}$2a$10$...'.

create table roles (
    name        varchar(32) primary key,
    authority   varchar(40) not null unique,
    description varchar(200) not null,
    constraint roles_authority_matches_name check (authority = 'ROLE_' || name)
);

insert into roles (name, authority, description) values
    ('REGULATOR', 'ROLE_REGULATOR', 'Supervisory leadership: risk posture, bulletins, notice approval'),
    ('INSPECTOR', 'ROLE_INSPECTOR', 'Incident search, cases and notice drafts'),
    ('ANALYST',   'ROLE_ANALYST',   'Analytics reports: schedules, runs and downloads'),
    ('ADMIN',     'ROLE_ADMIN',     'Users, roles, institution register, rulebooks and audit log');

create table users (
    username   varchar(64)  primary key,
    password   varchar(500) not null,
    enabled    boolean      not null default true,
    created_at timestamptz  not null default now()
);

create table authorities (
    username  varchar(64) not null references users (username) on delete cascade,
    authority varchar(40) not null references roles (authority),
    constraint authorities_username_authority_key unique (username, authority)
);
