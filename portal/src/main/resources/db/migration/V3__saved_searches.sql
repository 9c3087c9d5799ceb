-- Case searches a user saved; 'query' is the search's URL query string, the same state that a
-- shared link carries.
create table saved_searches (
    id         bigint generated always as identity primary key,
    username   varchar(64)   not null references users (username) on delete cascade,
    name       varchar(120)  not null,
    query      varchar(4000) not null,
    created_at timestamptz   not null,
    constraint saved_searches_name_per_user unique (username, name)
);
