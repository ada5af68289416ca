-- Engagement figures per publication, fetched periodically from the platforms (null: the API does not give it).
alter table publication add column likes bigint;
alter table publication add column shares bigint;
alter table publication add column comments bigint;
alter table publication add column reach bigint;
alter table publication add column engagement_fetched_at timestamp(6) with time zone;
