-- The author's answer to a suggested edit (ACCEPTED or IGNORED; null while undecided) and when it was given, so the
-- composer shows it after a reload and on later revisions.
alter table review_decision_edit add column response varchar(16);
alter table review_decision_edit add column responded_at timestamp(6) with time zone;
