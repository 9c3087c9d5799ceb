package dev.watchtower.batch.inbox;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A file ready in the inbox.
 *
 * @param name its path relative to the inbox, with {@code /} separators
 * @param checksum SHA-256 (hex) of its content
 * @param size its size in bytes
 * @param sidecar its submission sidecar, if any
 * @param sidecarProblem why its sidecar could not be read, if so
 */
public record InboxFile(String name, String checksum, long size, @Nullable Sidecar sidecar,
		@Nullable String sidecarProblem) {

	public InboxFile {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(checksum, "checksum");
	}

}
