package dev.watchtower.batch.lake;

import java.util.List;

import dev.watchtower.ingestion.digest.Sha256;
import dev.watchtower.ingestion.filing.FilingHeader;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Rows of the bronze tables, in the column order of {@link LakeSchemas}.
 */
final class BronzeRows {

	private BronzeRows() {
	}

	static Row filing(ReceivedFiling filing, RunStamp run) {
		FilingHeader header = filing.filing().header();
		RecordSource source = filing.source();
		return RowFactory.create(header.institution().code().value(), header.filingId(), header.version(),
				filing.kind(), filing.payload(), filing.checksum(), source.sourceFile(), source.sourceChecksum(),
				source.recordIndex(), run.receivedAt(), run.runId(), LakeTime.chinaDate(run.receivedAt()));
	}

	static Row reject(RejectedRecord rejected, RunStamp run) {
		RecordSource source = rejected.source();
		List<String> rules = rejected.violations().stream().map(RejectedRecord.Problem::rule).distinct().toList();
		List<Row> violations = rejected.violations()
			.stream()
			.map((problem) -> RowFactory.create(problem.path(), problem.rule(), problem.messageZh(),
					problem.messageEn(), problem.value()))
			.toList();
		return RowFactory.create(rejectId(source), source.sourceFile(), source.sourceChecksum(), source.recordKind(),
				source.recordIndex(), rejected.filingId(), rejected.institutionCode(), rules, violations,
				rejected.payload(), run.receivedAt(), run.runId(), LakeTime.chinaDate(run.receivedAt()));
	}

	/**
	 * The deterministic id of a rejected record: the same record of the same file content
	 * always gets the same id.
	 * @param source where the record is
	 * @return SHA-256 (hex) of source checksum, record kind and index
	 */
	static String rejectId(RecordSource source) {
		String key = source.sourceChecksum() + '\u0000' + source.recordKind() + '\u0000' + source.recordIndex();
		return Sha256.hex(key);
	}

}
