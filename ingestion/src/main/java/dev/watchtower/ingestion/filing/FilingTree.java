package dev.watchtower.ingestion.filing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Lenient, typed reading of one filing's JSON tree by dotted path. A value of the wrong
 * type reads as absent: the schema check reports it, so business rules and the model
 * builder never see it twice.
 *
 * @param root the filing object
 */
public record FilingTree(JsonNode root) {

	/** Dotted paths split once: filings are read by a few dozen fixed paths. */
	private static final java.util.Map<String, String[]> SEGMENTS = new java.util.concurrent.ConcurrentHashMap<>();

	public FilingTree {
		Objects.requireNonNull(root, "root");
	}

	public @Nullable JsonNode node(String path) {
		JsonNode current = this.root;
		for (String name : SEGMENTS.computeIfAbsent(path, (key) -> key.split("\\."))) {
			current = current.get(name);
			if (current == null) {
				return null;
			}
		}
		return (current.isNull() || current.isMissingNode()) ? null : current;
	}

	public boolean has(String path) {
		return node(path) != null;
	}

	public @Nullable String text(String path) {
		JsonNode node = node(path);
		return (node != null && node.isString()) ? node.stringValue() : null;
	}

	public @Nullable Long whole(String path) {
		JsonNode node = node(path);
		return (node != null && node.isIntegralNumber() && node.canConvertToLong()) ? node.longValue() : null;
	}

	public @Nullable BigDecimal decimal(String path) {
		JsonNode node = node(path);
		return (node != null && node.isNumber()) ? node.decimalValue() : null;
	}

	public @Nullable Boolean flag(String path) {
		JsonNode node = node(path);
		return (node != null && node.isBoolean()) ? node.booleanValue() : null;
	}

	public @Nullable OffsetDateTime time(String path) {
		String text = text(path);
		if (text == null) {
			return null;
		}
		OffsetDateTime fast = IsoTimes.parse(text);
		if (fast != null) {
			return fast;
		}
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Parses an RFC 3339 date-time with seconds and an offset, and nothing looser.
	 * @param text the text
	 * @return the time, or null when the text is not of that form
	 */
	public static @Nullable OffsetDateTime strictTime(String text) {
		return IsoTimes.parse(text);
	}

	public <E extends Enum<E>> @Nullable E enumValue(String path, Class<E> type) {
		String text = text(path);
		if (text == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(text)) {
				return constant;
			}
		}
		return null;
	}

	/**
	 * The string items of a list field, skipping items of other types.
	 * @param path dotted path
	 * @return the items, empty when absent
	 */
	public List<String> texts(String path) {
		JsonNode node = node(path);
		if (node == null || !node.isArray()) {
			return List.of();
		}
		List<String> items = new ArrayList<>(node.size());
		for (JsonNode item : node.values()) {
			if (item.isString()) {
				items.add(item.stringValue());
			}
		}
		return items;
	}

	/**
	 * The raw items of a list field, keeping their positions.
	 * @param path dotted path
	 * @return the items, empty when absent
	 */
	public List<JsonNode> items(String path) {
		JsonNode node = node(path);
		return (node != null && node.isArray()) ? List.copyOf(node.values()) : List.of();
	}

}
