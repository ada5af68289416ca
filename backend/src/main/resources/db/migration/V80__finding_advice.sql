-- Findings carry advice (how to fix the post, for a person) apart from the suggestion (a replacement for the span).
alter table screening_finding add column advice varchar(2000);
