-- A request for changes can carry suggested edits: replacements of spans of the decided revision's text.
create table review_decision_edit (
    decision_id  bigint not null references review_decision (id),
    sort_order   integer not null,
    start_offset integer not null,
    end_offset   integer not null,
    replacement  varchar(2000) not null,
    note         varchar(500),
    primary key (decision_id, sort_order)
);
