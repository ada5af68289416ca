-- What the sandbox platforms received: the sandbox behaves like a real platform that honours idempotency keys,
-- and remembers across restarts, so "published exactly once" can be checked after a crash.
create table sandbox_publication (
    idempotency_key varchar(200) primary key,
    platform        varchar(32) not null,
    external_id     varchar(200) not null,
    body            varchar(20000) not null,
    received_at     timestamp(6) with time zone not null
);
