package dev.watchtower.ingestion.validation;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A problem found inside one record, before it is placed in a file: which rule, which
 * field, the offending value and any further message arguments.
 *
 * @param rule the rule broken
 * @param path dotted JSON path of the field, e.g. {@code impact.provincesAffected[1]}, or
 * empty for the whole record
 * @param value the offending value as text, if any
 * @param extra further message arguments ({2}, {3}, …)
 */
public record Finding(Rule rule, String path, @Nullable String value, List<String> extra) {

	public Finding {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(path, "path");
		extra = List.copyOf(extra);
	}

	public static Finding of(Rule rule, String path, @Nullable Object value, Object... extra) {
		return new Finding(rule, path, (value != null) ? String.valueOf(value) : null,
				java.util.Arrays.stream(extra).map(String::valueOf).toList());
	}

}
