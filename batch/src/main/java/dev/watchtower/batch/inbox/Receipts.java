package dev.watchtower.batch.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Finishes a file of a run: writes its receipt ({@code <name>.receipt.json}) into
 * {@code processed/<run date>/} or {@code failed/<run date>/} under the archive folder,
 * then moves the file (and its sidecar) beside it. Nothing is deleted. Safe to repeat: a
 * file already moved is left where it is.
 */
@Component
public class Receipts {

	static final String SUFFIX = ".receipt.json";

	private static final Logger logger = LoggerFactory.getLogger(Receipts.class);

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/**
	 * Writes the receipt and moves the file.
	 * @param file the file and its counts
	 * @param rejects the rejections kept for its receipt
	 * @param inbox the inbox it is in
	 * @param archive the folder holding {@code processed/} and {@code failed/}
	 * @param runStarted when the run started (its China date names the folder)
	 * @param finishedAt now
	 * @return where the file is now
	 */
	public Path finish(ManifestFile file, List<ReceiptReject> rejects, Path inbox, Path archive, Instant runStarted,
			Instant finishedAt) {
		String outcome = file.failed() ? "FAILED" : "PROCESSED";
		LocalDate day = runStarted.atZone(CHINA).toLocalDate();
		Path target = archive.resolve(file.failed() ? "failed" : "processed")
			.resolve(day.toString())
			.resolve(file.name());
		Path source = inbox.resolve(file.name());
		if (!Files.exists(source)) {
			return target; // moved by an earlier attempt of this run
		}
		if (Files.exists(target)) {
			// the same name in two runs on one day: keep both, never overwrite
			target = target.resolveSibling(target.getFileName() + ".run-" + file.runId());
		}
		try {
			Files.createDirectories(target.getParent());
			writeAtomically(target.resolveSibling(target.getFileName() + SUFFIX),
					MAPPER.writeValueAsBytes(receipt(file, outcome, rejects, finishedAt)));
			move(Sidecar.of(source), Sidecar.of(target));
			Files.move(source, target);
			logger.info("{} {}: {} records, {} written, {} duplicates, {} rejected", outcome, file.name(),
					file.counts().records(), file.counts().written(), file.counts().duplicates(),
					file.counts().rejected());
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot finish " + file.name() + " into " + target, ex);
		}
	}

	private static Map<String, Object> receipt(ManifestFile file, String outcome, List<ReceiptReject> rejects,
			Instant finishedAt) {
		Sidecar sidecar = file.sidecar();
		Map<String, Object> receipt = new LinkedHashMap<>();
		receipt.put("receiptId",
				(sidecar != null && sidecar.receiptId() != null) ? sidecar.receiptId() : file.checksum());
		receipt.put("file", file.name());
		receipt.put("checksum", file.checksum());
		receipt.put("status", outcome);
		receipt.put("runId", file.runId());
		receipt.put("finishedAt", finishedAt.atZone(CHINA).toOffsetDateTime().toString());
		receipt.put("records", file.counts().records());
		receipt.put("written", file.counts().written());
		receipt.put("duplicates", file.counts().duplicates());
		receipt.put("rejected", file.counts().rejected());
		receipt.put("rejects", rejects.stream().map(Receipts::reject).toList());
		receipt.put("rejectsOmitted", Math.max(0, file.counts().violations() - rejects.size()));
		if (file.failed()) {
			receipt.put("reason", file.failure());
		}
		return receipt;
	}

	private static Map<String, Object> reject(ReceiptReject reject) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("record", reject.record());
		entry.put("filingId", reject.filingId());
		entry.put("rule", reject.rule());
		entry.put("path", reject.path());
		entry.put("messageZh", reject.messageZh());
		entry.put("messageEn", reject.messageEn());
		return entry;
	}

	private static void writeAtomically(Path target, byte[] content) throws IOException {
		Path part = target.resolveSibling("." + target.getFileName() + ".part");
		Files.write(part, content);
		try {
			Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void move(Path source, Path target) throws IOException {
		if (Files.exists(source)) {
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
