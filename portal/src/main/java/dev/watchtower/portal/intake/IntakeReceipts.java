package dev.watchtower.portal.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Reads the intake's files: receipts under {@code <root>/processed} and
 * {@code <root>/failed}, and the files still waiting in the inbox. A receipt that cannot
 * be read is logged and left out, never fatal.
 */
@Service
public class IntakeReceipts {

	static final String RECEIPT_SUFFIX = ".receipt.json";

	static final String SIDECAR_SUFFIX = ".meta.json";

	static final Set<String> FILING_EXTENSIONS = Set.of("json", "ndjson", "jsonl", "csv", "xlsx");

	private static final Logger logger = LoggerFactory.getLogger(IntakeReceipts.class);

	private final IntakeSettings settings;

	private final JsonMapper json;

	IntakeReceipts(IntakeSettings settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
	}

	/**
	 * Every receipt, newest run first.
	 * @return the receipts
	 */
	public List<StoredReceipt> receipts() {
		List<StoredReceipt> receipts = new ArrayList<>();
		for (String outcome : List.of("processed", "failed")) {
			Path folder = this.settings.root().resolve(outcome);
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(folder)) {
				files.filter((file) -> file.getFileName().toString().endsWith(RECEIPT_SUFFIX))
					.forEach((file) -> read(folder, file).ifPresent(receipts::add));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list the intake receipts under " + folder, ex);
			}
		}
		receipts.sort(Comparator.comparing((StoredReceipt stored) -> String.valueOf(stored.receipt().finishedAt()))
			.reversed());
		return receipts;
	}

	/**
	 * The receipt with an id (a re-run file may have several; the newest wins).
	 * @param receiptId the id
	 * @return the receipt, or empty while the file is pending
	 */
	public Optional<StoredReceipt> receipt(String receiptId) {
		return receipts().stream().filter((stored) -> stored.receipt().receiptId().equals(receiptId)).findFirst();
	}

	/**
	 * Filing files waiting in the inbox, relative to it.
	 * @return the paths, sorted
	 */
	public List<String> pending() {
		Path inbox = this.settings.inbox();
		if (!Files.isDirectory(inbox)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(inbox)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> isFiling(file.getFileName().toString()))
				.map((file) -> inbox.relativize(file).toString())
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the inbox " + inbox, ex);
		}
	}

	static boolean isFiling(String name) {
		if (name.startsWith(".") || name.endsWith(SIDECAR_SUFFIX) || name.endsWith(RECEIPT_SUFFIX)) {
			return false;
		}
		int dot = name.lastIndexOf('.');
		return dot > 0 && FILING_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	private Optional<StoredReceipt> read(Path outcomeFolder, Path file) {
		try {
			Receipt receipt = this.json.readValue(file.toFile(), Receipt.class);
			Path relative = outcomeFolder.relativize(file);
			String runDate = (relative.getNameCount() > 1) ? relative.getName(0).toString() : "";
			String name = file.getFileName().toString();
			Path filing = file.resolveSibling(name.substring(0, name.length() - RECEIPT_SUFFIX.length()));
			return Optional.of(new StoredReceipt(receipt, file, runDate, Files.isRegularFile(filing)));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			logger.warn("Skipping the unreadable intake receipt {}: {}", file, ex.getMessage());
			return Optional.empty();
		}
	}

}
