-- Where the intake step of a run stands: the reader position and the chunk sequence, written in each chunk's
-- transaction. Spring Batch 6.0.6 keeps them in the step execution context too, but a restarted step
-- execution that is killed before its first commit is saved with an empty context, and the next restart
-- would start the files over (found by IntakeKillIT); this row is the authority.
create table intake_progress (
	run_id varchar(32) primary key,
	file_position integer not null,
	record_ordinal bigint not null,
	chunk_sequence bigint not null
);
