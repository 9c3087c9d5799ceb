package dev.watchtower.batch.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.watchtower.batch.inbox.FileCounts;
import dev.watchtower.batch.inbox.ReceiptReject;
import dev.watchtower.batch.lake.DatedAnnualReport;
import dev.watchtower.batch.lake.GradedReport;
import dev.watchtower.batch.lake.InstitutionRow;
import dev.watchtower.batch.lake.LakeChunk;
import dev.watchtower.batch.lake.ReceivedFiling;
import dev.watchtower.batch.lake.RejectedRecord;
import dev.watchtower.batch.lake.RunStamp;
import dev.watchtower.batch.ledger.FilingKey;
import dev.watchtower.batch.ledger.LedgerEntry;
import dev.watchtower.batch.ledger.VersionDecision;
import dev.watchtower.batch.ledger.VersionPolicy;
import dev.watchtower.ingestion.filing.FilingHeader;
import dev.watchtower.ingestion.institution.Institution;
import dev.watchtower.ingestion.intake.RecordOutcome;
import dev.watchtower.ingestion.validation.Finding;
import dev.watchtower.ingestion.validation.RecordLocation;
import dev.watchtower.ingestion.validation.Rule;
import dev.watchtower.ingestion.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * What one chunk does, decided before anything is written: the lake rows, the ledger
 * entries, the counts per file and the institutions seen. Deterministic for a given chunk
 * and ledger, so a chunk replayed after a crash plans exactly the same writes.
 */
final class ChunkPlan {

	/** Whole-file rejections that mean the file could not be read at all. */
	private static final Set<Rule> UNREADABLE = EnumSet.of(Rule.INPUT_UNSUPPORTED_FORMAT, Rule.INPUT_UNREADABLE,
			Rule.INPUT_EMPTY, Rule.INPUT_ENCODING, Rule.INPUT_BINARY, Rule.INPUT_JSON_SYNTAX, Rule.CSV_STRUCTURE,
			Rule.XLSX_CORRUPT, Rule.XLSX_ZIP_BOMB, Rule.XLSX_EXTERNAL_LINK);

	private final RunStamp run;

	private final List<ReceivedFiling> filings = new ArrayList<>();

	private final List<RejectedRecord> rejects = new ArrayList<>();

	private final Map<FilingKey, GradedReport> incidents = new LinkedHashMap<>();

	private final Map<FilingKey, DatedAnnualReport> annuals = new LinkedHashMap<>();

	private final Set<String> replacedMonths = new LinkedHashSet<>();

	private boolean replacesAnnual;

	private final List<LedgerEntry> entries = new ArrayList<>();

	private final Map<Integer, Tally> tallies = new TreeMap<>();

	private final Map<String, InstitutionRow> institutions = new HashMap<>();

	private ChunkPlan(RunStamp run) {
		this.run = run;
	}

	/**
	 * Plans a chunk.
	 * @param items the chunk's items in input order
	 * @param ledger what the ledger holds about the chunk's filings
	 * @param run the run
	 * @return the plan
	 */
	static ChunkPlan of(List<IntakeItem> items, Map<FilingKey, List<LedgerEntry>> ledger, RunStamp run) {
		ChunkPlan plan = new ChunkPlan(run);
		VersionPolicy policy = new VersionPolicy(ledger);
		for (IntakeItem item : items) {
			switch (item) {
				case IntakeItem.Filed filed -> plan.filed(filed, policy);
				case IntakeItem.Refused refused -> plan.refused(refused, plan.tally(refused.record()));
			}
		}
		return plan;
	}

	static FilingKey key(IntakeItem.Filed filed) {
		FilingHeader header = filed.received().filing().header();
		return new FilingKey(header.institution().code().value(), header.filingId());
	}

	private void filed(IntakeItem.Filed filed, VersionPolicy policy) {
		FilingHeader header = filed.received().filing().header();
		FilingKey key = key(filed);
		GradedReport incident = filed.incident();
		String partition = (incident != null) ? incident.report()
			.facts()
			.occurredAt()
			.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
			.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM")) : null;
		LedgerEntry entry = new LedgerEntry(key, header.version(), filed.received().kind(), filed.received().checksum(),
				partition, this.run.runId(), this.run.receivedAt());
		Tally tally = tally(filed.record());
		switch (policy.decide(entry)) {
			case VersionDecision.Duplicate duplicate -> tally.duplicates++;
			case VersionDecision.Conflict conflict -> conflict(filed, conflict, tally);
			case VersionDecision.Late late -> write(filed, entry, tally, false);
			case VersionDecision.New created -> write(filed, entry, tally, true);
			case VersionDecision.Supersedes supersedes -> {
				if (supersedes.inLake()) {
					if (incident != null && supersedes.replacedPartition() != null) {
						this.replacedMonths.add(supersedes.replacedPartition());
					}
					this.replacesAnnual |= filed.annual() != null;
				}
				write(filed, entry, tally, true);
			}
		}
	}

	private void write(IntakeItem.Filed filed, LedgerEntry entry, Tally tally, boolean current) {
		this.filings.add(filed.received());
		this.entries.add(entry);
		tally.written++;
		if (current) {
			if (filed.incident() != null) {
				this.incidents.put(entry.key(), filed.incident());
			}
			if (filed.annual() != null) {
				this.annuals.put(entry.key(), filed.annual());
			}
		}
		Institution institution = filed.received().filing().header().institution();
		java.time.Instant reported = filed.received().filing().header().reportedAt().toInstant();
		InstitutionRow seen = new InstitutionRow(institution.code().value(), institution.name(),
				institution.sector().name(), institution.province().code(), reported, reported, this.run.receivedAt());
		this.institutions.merge(seen.code(), seen, ChunkPlan::later);
	}

	private static InstitutionRow later(InstitutionRow a, InstitutionRow b) {
		InstitutionRow latest = b.lastFiledAt().isBefore(a.lastFiledAt()) ? a : b;
		return new InstitutionRow(latest.code(), latest.name(), latest.sector(), latest.province(),
				a.firstFiledAt().isBefore(b.firstFiledAt()) ? a.firstFiledAt() : b.firstFiledAt(), latest.lastFiledAt(),
				latest.updatedAt());
	}

	private void conflict(IntakeItem.Filed filed, VersionDecision.Conflict conflict, Tally tally) {
		FilingHeader header = filed.received().filing().header();
		RecordLocation location = filed.record().outcome().location();
		Finding finding = Finding.of(Rule.FILING_DUPLICATE, "filingId", header.filingId(), header.version(),
				conflict.firstReceivedAt());
		Violation violation = Violation.of(location, header.filingId(), header.institution().code().value(), finding);
		refused(IntakeRecordProcessor.refused(filed.record(), new RecordOutcome.Rejected(location, header.filingId(),
				List.of(violation), filed.received().payload())), tally);
	}

	private void refused(IntakeItem.Refused refused, Tally tally) {
		RejectedRecord rejected = refused.rejected();
		this.rejects.add(rejected);
		tally.rejected++;
		tally.violations += rejected.violations().size();
		for (RejectedRecord.Problem problem : rejected.violations()) {
			tally.receipt.add(new ReceiptReject(rejected.source().recordIndex(), rejected.filingId(), problem.rule(),
					problem.path(), problem.messageZh(), problem.messageEn()));
		}
		if (refused.record().ordinal() == 1 && "FILE".equals(rejected.source().recordKind())
				&& rejected.violations().stream().anyMatch(ChunkPlan::unreadable)) {
			tally.failure = rejected.violations().get(0).messageEn();
		}
	}

	private static boolean unreadable(RejectedRecord.Problem problem) {
		return UNREADABLE.stream().anyMatch((rule) -> rule.id().equals(problem.rule()));
	}

	private Tally tally(IntakeRecord record) {
		Tally tally = this.tallies.computeIfAbsent(record.file().index(), (index) -> new Tally());
		tally.records++;
		return tally;
	}

	LakeChunk lakeChunk() {
		return new LakeChunk(this.run, this.filings, this.rejects, List.copyOf(this.incidents.values()),
				List.copyOf(this.annuals.values()), this.replacedMonths, this.replacesAnnual);
	}

	List<LedgerEntry> ledgerEntries() {
		return this.entries;
	}

	Map<Integer, Tally> tallies() {
		return this.tallies;
	}

	List<InstitutionRow> institutions() {
		return List.copyOf(this.institutions.values());
	}

	/**
	 * What a chunk did with one file's records.
	 */
	static final class Tally {

		long records;

		long written;

		long duplicates;

		long rejected;

		long violations;

		@Nullable String failure;

		final List<ReceiptReject> receipt = new ArrayList<>();

		FileCounts counts() {
			return new FileCounts(this.records, this.written, this.duplicates, this.rejected, this.violations);
		}

	}

}
