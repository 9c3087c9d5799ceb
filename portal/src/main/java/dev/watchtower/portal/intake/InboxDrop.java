package dev.watchtower.portal.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import dev.watchtower.ingestion.digest.Sha256;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Puts a file into the intake inbox exactly as {@code docs/intake-contract.md} asks, for
 * every way a file arrives through the portal (browser uploads, API submissions): the
 * bytes go to a hidden {@code .part} file, counted against the size limit and hashed on
 * the way; the sidecar {@code <name>.meta.json} is written (itself through a
 * {@code .part} file and a rename); the caller records the submission; only then is the
 * file renamed into place atomically, so the intake never sees half a file, a file
 * without its sidecar, or a file the portal has no record of. On any failure nothing is
 * left in the inbox.
 */
@Component
public class InboxDrop {

	private final IntakeSettings settings;

	private final JsonMapper json;

	private final Clock clock;

	InboxDrop(IntakeSettings settings, JsonMapper json, Clock clock) {
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Drops a file.
	 * @param folder the inbox sub-folder ({@code ui}, {@code api})
	 * @param name the file name in that folder (already safe)
	 * @param content the bytes
	 * @param sidecar who filed it: {@code receiptId}, {@code submittedBy},
	 * {@code institutionCode} (may be null); {@code submittedAt} is added
	 * @param submittedAt when it arrived
	 * @param record records the submission (in the caller's transaction) before the file
	 * is renamed into place; when it throws, nothing is left in the inbox
	 * @return the file relative to the inbox, its size and SHA-256
	 * @throws TooLarge when the content exceeds
	 * {@code watchtower.intake.max-upload-bytes}
	 * @throws EmptyFile when there is no content
	 * @throws IOException when the inbox cannot be written
	 */
	public Dropped drop(String folder, String name, InputStream content, Map<String, @Nullable Object> sidecar,
			Instant submittedAt, Consumer<Dropped> record) throws IOException {
		Path directory = Files.createDirectories(this.settings.inbox().resolve(folder));
		Path part = directory.resolve("." + name + ".part");
		Path sidecarFile = directory.resolve(name + IntakeReceipts.SIDECAR_SUFFIX);
		boolean placed = false;
		try {
			MessageDigest digest = Sha256.newDigest();
			long bytes = 0;
			byte[] buffer = new byte[64 * 1024];
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), digest)) {
				int read;
				while ((read = content.read(buffer)) != -1) {
					bytes += read;
					if (bytes > this.settings.maxUploadBytes()) {
						throw new TooLarge(this.settings.maxUploadBytes());
					}
					out.write(buffer, 0, read);
				}
			}
			if (bytes == 0) {
				throw new EmptyFile();
			}
			Map<String, @Nullable Object> meta = new LinkedHashMap<>(sidecar);
			meta.put("submittedAt", submittedAt.atZone(this.clock.getZone()).toOffsetDateTime().toString());
			Path metaPart = directory.resolve("." + name + IntakeReceipts.SIDECAR_SUFFIX + ".part");
			Files.writeString(metaPart, this.json.writeValueAsString(meta));
			Files.move(metaPart, sidecarFile, StandardCopyOption.ATOMIC_MOVE);
			Dropped dropped = new Dropped(folder + "/" + name, bytes, Sha256.hex(digest));
			record.accept(dropped);
			Files.move(part, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
			placed = true;
			return dropped;
		}
		finally {
			Files.deleteIfExists(part);
			Files.deleteIfExists(directory.resolve("." + name + IntakeReceipts.SIDECAR_SUFFIX + ".part"));
			if (!placed) {
				Files.deleteIfExists(sidecarFile);
			}
		}
	}

	/**
	 * A file now in the inbox.
	 *
	 * @param file the path relative to the inbox, e.g. {@code api/r-20261126-ab12.ndjson}
	 * @param bytes its size
	 * @param sha256 its SHA-256, hex
	 */
	public record Dropped(String file, long bytes, String sha256) {
	}

	/** The content exceeded the size limit; nothing was left in the inbox. */
	public static final class TooLarge extends RuntimeException {

		private static final long serialVersionUID = 1L;

		TooLarge(long limit) {
			super("The file is larger than %d bytes; send it in parts".formatted(limit));
		}

	}

	/** There was no content; nothing was left in the inbox. */
	public static final class EmptyFile extends RuntimeException {

		private static final long serialVersionUID = 1L;

		EmptyFile() {
			super("The file is empty");
		}

	}

}
