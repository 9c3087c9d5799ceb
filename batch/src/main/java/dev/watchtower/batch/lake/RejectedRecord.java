package dev.watchtower.batch.lake;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A rejected record (or unreadable file) for {@code bronze/rejects}.
 *
 * @param source where it came from
 * @param filingId its filing id when readable
 * @param institutionCode its institution code when readable
 * @param violations every problem, never empty
 * @param payload the original text (bounded) when available
 */
public record RejectedRecord(RecordSource source, @Nullable String filingId, @Nullable String institutionCode,
		List<Problem> violations, @Nullable String payload) {

	public RejectedRecord {
		Objects.requireNonNull(source, "source");
		violations = List.copyOf(violations);
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("A rejected record needs a violation: " + source);
		}
	}

	/**
	 * One problem with the record.
	 *
	 * @param path dotted field path, empty for the whole record
	 * @param rule the rule id
	 * @param messageZh the message in Chinese
	 * @param messageEn the message in English
	 * @param value the offending value
	 */
	public record Problem(String path, String rule, String messageZh, String messageEn, @Nullable String value) {

		public Problem {
			Objects.requireNonNull(path, "path");
			Objects.requireNonNull(rule, "rule");
			Objects.requireNonNull(messageZh, "messageZh");
			Objects.requireNonNull(messageEn, "messageEn");
		}

	}

}
