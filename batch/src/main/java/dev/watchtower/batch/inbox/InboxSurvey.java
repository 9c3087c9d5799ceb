package dev.watchtower.batch.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.watchtower.ingestion.digest.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Finds the files ready in an inbox: every regular file below it, except hidden ones
 * (names or folders starting with {@code .}: writers drop {@code .<name>.part} and rename
 * it), sidecars and receipts, and files changed within the settle time.
 */
@Component
public class InboxSurvey {

	private static final Logger logger = LoggerFactory.getLogger(InboxSurvey.class);

	/**
	 * Lists the ready files, in name order.
	 * @param inbox the inbox folder
	 * @param settle how long a file must be unchanged to count as ready
	 * @param now the current time
	 * @return the files, with checksums and sidecars
	 */
	public List<InboxFile> readyFiles(Path inbox, Duration settle, Instant now) {
		if (!Files.isDirectory(inbox)) {
			return List.of();
		}
		List<InboxFile> ready = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(inbox)) {
			for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
				String name = name(inbox, file);
				if (isIgnored(name) || !settled(file, settle, now)) {
					continue;
				}
				ready.add(describe(file, name));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the inbox " + inbox, ex);
		}
		return ready;
	}

	/**
	 * Whether there is at least one ready file, without reading any.
	 * @param inbox the inbox folder
	 * @param settle how long a file must be unchanged
	 * @param now the current time
	 * @return true when a run would find work
	 */
	public boolean hasReadyFiles(Path inbox, Duration settle, Instant now) {
		if (!Files.isDirectory(inbox)) {
			return false;
		}
		try (Stream<Path> walk = Files.walk(inbox)) {
			return walk.filter(Files::isRegularFile)
				.anyMatch((file) -> !isIgnored(name(inbox, file)) && settled(file, settle, now));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the inbox " + inbox, ex);
		}
	}

	static String name(Path inbox, Path file) {
		return inbox.relativize(file).toString().replace(java.io.File.separatorChar, '/');
	}

	static boolean isIgnored(String name) {
		for (String part : name.split("/")) {
			if (part.startsWith(".")) {
				return true;
			}
		}
		return name.endsWith(Sidecar.SUFFIX) || name.endsWith(Receipts.SUFFIX);
	}

	private static boolean settled(Path file, Duration settle, Instant now) {
		try {
			return !Files.getLastModifiedTime(file).toInstant().isAfter(now.minus(settle));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static InboxFile describe(Path file, String name) {
		Sidecar sidecar = null;
		String sidecarProblem = null;
		try {
			Optional<Sidecar> read = Sidecar.read(file);
			sidecar = read.orElse(null);
		}
		catch (IOException ex) {
			sidecarProblem = ex.getMessage();
			logger.warn("Cannot read the sidecar of {}: {}", name, ex.getMessage());
		}
		try {
			long size = Files.size(file);
			return new InboxFile(name, sha256(file), size, sidecar, sidecarProblem);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + " to checksum it", ex);
		}
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest = Sha256.newDigest();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
		}
		return Sha256.hex(digest);
	}

}
