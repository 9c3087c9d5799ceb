-- Regime scopes: which regimes' cases a user may see. 'ALL' grants every regime; a user without
-- a row sees no case (scopes fail closed). Read at sign-in as authorities 'REGIME_<regime>'.
create table user_regimes (
    username varchar(64) not null references users (username) on delete cascade,
    regime   varchar(8)  not null,
    constraint user_regimes_pkey primary key (username, regime),
    constraint user_regimes_known check (regime in ('PBOC', 'NFRA', 'CSRC', 'CAC', 'ALL'))
);

-- API tokens ('wt.<token_id>.<secret>'): only the SHA-256 of the secret is stored.
-- SUBMIT tokens belong to an institution (it submits filings and reads its own receipts);
-- QUERY tokens act for a staff user, with that user's roles and regimes.
create table api_tokens (
    token_id         varchar(16)  primary key,
    secret_sha256    char(64)     not null,
    label            varchar(200) not null,
    scope            varchar(16)  not null,
    institution_code varchar(18),
    owner            varchar(64)  references users (username) on delete cascade,
    created_at       timestamptz  not null,
    expires_at       timestamptz,
    revoked_at       timestamptz,
    constraint api_tokens_scope_known check (scope in ('SUBMIT', 'QUERY')),
    constraint api_tokens_submit_for_an_institution
        check (scope <> 'SUBMIT' or (institution_code is not null and owner is null)),
    constraint api_tokens_query_for_a_user
        check (scope <> 'QUERY' or (owner is not null and institution_code is null))
);
