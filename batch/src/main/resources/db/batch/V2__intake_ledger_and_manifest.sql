-- The intake's own state beside the Spring Batch job repository (schema batch), updated in the same
-- transaction as a chunk's restart position, so a run killed at any point restarts with exact counts.

-- Every (institution, filing id, version) the lake holds, with the payload checksum: decides duplicates,
-- conflicting resends, corrections (higher versions) and late lower versions.
create table filing_ledger (
	institution_code varchar(18) not null,
	filing_id varchar(64) not null,
	version integer not null,
	kind varchar(16) not null,
	checksum char(64) not null,
	silver_partition varchar(16),
	run_id varchar(32) not null,
	received_at timestamptz not null,
	primary key (institution_code, filing_id, version)
);

-- The files of each intake run (its manifest, fixed when the run starts) and their counts.
create table intake_file (
	run_id varchar(32) not null,
	file_index integer not null,
	path text not null,
	checksum char(64) not null,
	size_bytes bigint not null,
	receipt_id text,
	submitted_by text,
	institution_code varchar(18),
	submitted_at text,
	-- PENDING (to read), SEEN (same content already loaded: not read again), DONE (read), MOVED (receipt written)
	state varchar(8) not null,
	same_as_index integer,
	records bigint not null default 0,
	written bigint not null default 0,
	duplicates bigint not null default 0,
	rejected bigint not null default 0,
	violations bigint not null default 0,
	failure text,
	outcome varchar(9),
	primary key (run_id, file_index)
);
create index intake_file_checksum on intake_file (checksum);

-- The first rejections of each file, for its receipt (all of them are in the Delta table bronze/rejects).
create table intake_file_reject (
	run_id varchar(32) not null,
	file_index integer not null,
	ordinal integer not null,
	record_index bigint not null,
	filing_id text,
	rule text not null,
	path text not null,
	message_zh text not null,
	message_en text not null,
	primary key (run_id, file_index, ordinal)
);

-- The institution register, merged chunk by chunk; silver/institutions is written from it after each run.
create table institution (
	institution_code varchar(18) primary key,
	institution_name text not null,
	sector varchar(32) not null,
	province varchar(2) not null,
	first_filed_at timestamptz not null,
	last_filed_at timestamptz not null,
	updated_at timestamptz not null
);
