-- Who carried out by hand, or dismissed, an action the platform's API cannot do (states DONE_BY_HAND, DISMISSED).
alter table platform_action add column settled_by varchar(100);

-- The words of a citizen's message the triage rests on, one per line, shown to operators beside its intent.
alter table inbox_message add column evidence text default '' not null;

-- The console lists an ente's actions by state, newest first by seq: the index follows that order.
drop index platform_action_by_ente;
create index platform_action_by_ente on platform_action (ente_id, state, seq);
