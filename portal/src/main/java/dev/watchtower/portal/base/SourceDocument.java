package dev.watchtower.portal.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Lenient, typed access to an Elasticsearch {@code _source} read as a map: analytics owns
 * the documents, the portal tolerates added fields and reads dates written as ISO-8601
 * text (with or without offset) or epoch milliseconds.
 */
public final class SourceDocument {

	private final Map<String, Object> source;

	private SourceDocument(Map<String, Object> source) {
		this.source = source;
	}

	public static SourceDocument of(@Nullable Map<String, Object> source) {
		return new SourceDocument((source != null) ? source : Map.of());
	}

	public @Nullable String text(String name) {
		Object value = this.source.get(name);
		return (value != null) ? String.valueOf(value) : null;
	}

	public String text(String name, String fallback) {
		String value = text(name);
		return (value != null) ? value : fallback;
	}

	public List<String> texts(String name) {
		Object value = this.source.get(name);
		if (value instanceof List<?> list) {
			return list.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
		}
		return (value != null) ? List.of(String.valueOf(value)) : List.of();
	}

	public boolean flag(String name) {
		Object value = this.source.get(name);
		return (value instanceof Boolean bool) ? bool : "true".equals(String.valueOf(value));
	}

	public @Nullable Long number(String name) {
		Object value = this.source.get(name);
		if (value instanceof Number number) {
			return number.longValue();
		}
		try {
			return (value != null) ? Long.valueOf(String.valueOf(value)) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public @Nullable Double decimal(String name) {
		Object value = this.source.get(name);
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		try {
			return (value != null) ? Double.valueOf(String.valueOf(value)) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public @Nullable Instant instant(String name) {
		return parseInstant(this.source.get(name));
	}

	@SuppressWarnings("unchecked")
	public List<SourceDocument> objects(String name) {
		Object value = this.source.get(name);
		if (value instanceof List<?> list) {
			return list.stream()
				.filter(Map.class::isInstance)
				.map((item) -> SourceDocument.of((Map<String, Object>) item))
				.toList();
		}
		if (value instanceof Map<?, ?> map) {
			return List.of(SourceDocument.of((Map<String, Object>) map));
		}
		return List.of();
	}

	@SuppressWarnings("unchecked")
	public Map<String, String> strings(String name) {
		Object value = this.source.get(name);
		if (value instanceof Map<?, ?> map) {
			Map<String, String> strings = new java.util.TreeMap<>();
			((Map<String, Object>) map).forEach((key, item) -> strings.put(key, String.valueOf(item)));
			return strings;
		}
		return Map.of();
	}

	/**
	 * The first present of several names (analytics may write camelCase or snake_case in
	 * free-form objects such as {@code grades}).
	 */
	public @Nullable String textOf(String... names) {
		for (String name : names) {
			String value = text(name);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	public List<String> textsOf(String... names) {
		for (String name : names) {
			if (this.source.containsKey(name)) {
				return texts(name);
			}
		}
		return List.of();
	}

	public static @Nullable Instant parseInstant(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Number millis) {
			return Instant.ofEpochMilli(millis.longValue());
		}
		String text = String.valueOf(value);
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notOffset) {
			try {
				return Instant.parse(text);
			}
			catch (DateTimeParseException notInstant) {
				try {
					return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
				}
				catch (DateTimeParseException notLocal) {
					try {
						return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
					}
					catch (DateTimeParseException notDate) {
						try {
							return Instant.ofEpochMilli(Long.parseLong(text));
						}
						catch (NumberFormatException notMillis) {
							return null;
						}
					}
				}
			}
		}
	}

}
