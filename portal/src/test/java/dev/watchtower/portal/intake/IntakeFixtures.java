package dev.watchtower.portal.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Plays the batch intake's part of {@code docs/intake-contract.md} in tests: moves a file
 * from the inbox to {@code processed/} or {@code failed/} and writes its receipt.
 */
public final class IntakeFixtures {

	private IntakeFixtures() {
	}

	/**
	 * Processes an inbox file with two rejects, as the batch intake would.
	 * @param inbox the inbox
	 * @param root the intake root
	 * @param relative the file relative to the inbox
	 * @param receiptId the receipt id from its sidecar
	 * @throws IOException when the files cannot be moved or written
	 */
	public static void processWithRejects(Path inbox, Path root, String relative, String receiptId) throws IOException {
		Path target = root.resolve("processed").resolve("2026-11-25").resolve(relative);
		Files.createDirectories(target.getParent());
		Files.move(inbox.resolve(relative), target);
		Path sidecar = inbox.resolve(relative + ".meta.json");
		if (Files.exists(sidecar)) {
			Files.move(sidecar, target.resolveSibling(target.getFileName() + ".meta.json"));
		}
		Files.writeString(target.resolveSibling(target.getFileName() + ".receipt.json"), """
				{"receiptId": "%s", "file": "%s", "checksum": "abc", "status": "PROCESSED", "runId": "run-7",
				 "finishedAt": "2026-11-25T10:00:00+08:00", "records": 5, "written": 3, "duplicates": 0, "rejected": 2,
				 "rejects": [
				   {"record": 2, "filingId": "F-2", "rule": "schema.required", "path": "title",
				    "messageZh": "缺少必填字段 title", "messageEn": "title is required"},
				   {"record": 4, "filingId": "F-4", "rule": "filing.institution-mismatch", "path": "institutionCode",
				    "messageZh": "机构代码与报送机构不一致", "messageEn": "institution code does not match"}
				 ], "rejectsOmitted": 0, "somethingNew": true}
				""".formatted(receiptId, relative), StandardCharsets.UTF_8);
	}

	/**
	 * A file the intake could not read, with its sidecar and receipt under
	 * {@code failed/}.
	 * @param root the intake root
	 * @param relative the file relative to the inbox
	 * @param receiptId the receipt id
	 * @throws IOException when the files cannot be written
	 */
	public static void failed(Path root, String relative, String receiptId) throws IOException {
		Path file = root.resolve("failed").resolve("2026-11-24").resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "this is not a filing", StandardCharsets.UTF_8);
		Files.writeString(file.resolveSibling(file.getFileName() + ".meta.json"),
				"{\"receiptId\": \"%s\", \"submittedBy\": \"api-token-1\"}".formatted(receiptId));
		Files.writeString(file.resolveSibling(file.getFileName() + ".receipt.json"), """
				{"receiptId": "%s", "file": "%s", "status": "FAILED", "runId": "run-6",
				 "finishedAt": "2026-11-24T09:00:00+08:00", "records": 0, "written": 0, "duplicates": 0, "rejected": 0,
				 "rejects": [], "rejectsOmitted": 0, "reason": "not a filing format: first line is not JSON"}
				""".formatted(receiptId, relative), StandardCharsets.UTF_8);
	}

}
