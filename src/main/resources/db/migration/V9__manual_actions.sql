-- Who carried out by hand, or dismissed, an action the platform's API cannot do (states DONE_BY_HAND, DISMISSED).
alter table platform_action add column settled_by varchar(100);
