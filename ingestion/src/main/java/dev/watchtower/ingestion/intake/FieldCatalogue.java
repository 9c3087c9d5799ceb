package dev.watchtower.ingestion.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The flat fields of a filing kind (columns of CSV and XLSX, named by dotted JSON path),
 * derived from its JSON Schema so the two never drift apart.
 */
public final class FieldCatalogue {

	private static final Map<FilingKind, FieldCatalogue> CATALOGUES = load();

	private final Map<String, Field> fields;

	private final List<String> dateTimePaths;

	private FieldCatalogue(Map<String, Field> fields) {
		this.fields = fields;
		this.dateTimePaths = fields.values().stream().filter(Field::dateTime).map(Field::path).toList();
	}

	/**
	 * The paths of fields in {@code date-time} format.
	 * @return the paths
	 */
	public List<String> dateTimePaths() {
		return this.dateTimePaths;
	}

	public static FieldCatalogue of(FilingKind kind) {
		return CATALOGUES.get(kind);
	}

	/**
	 * The fields in schema order.
	 * @return the fields
	 */
	public List<Field> fields() {
		return List.copyOf(this.fields.values());
	}

	public Optional<Field> field(String path) {
		return Optional.ofNullable(this.fields.get(path));
	}

	private static Map<FilingKind, FieldCatalogue> load() {
		JsonMapper mapper = JsonMapper.builder().build();
		Map<FilingKind, FieldCatalogue> catalogues = new java.util.EnumMap<>(FilingKind.class);
		for (FilingKind kind : FilingKind.values()) {
			try (InputStream in = Objects.requireNonNull(
					FieldCatalogue.class.getResourceAsStream(kind.schemaResource()), kind.schemaResource())) {
				JsonNode schema = mapper.readTree(in);
				Map<String, Field> fields = new LinkedHashMap<>();
				collect(schema, schema, "", true, fields);
				catalogues.put(kind, new FieldCatalogue(java.util.Collections.unmodifiableMap(fields)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read schema " + kind.schemaResource(), ex);
			}
		}
		return catalogues;
	}

	private static void collect(JsonNode root, JsonNode node, String prefix, boolean parentRequired,
			Map<String, Field> fields) {
		JsonNode resolved = resolve(root, node);
		JsonNode properties = resolved.get("properties");
		if (properties == null) {
			return;
		}
		Set<String> required = new HashSet<>();
		JsonNode requiredNode = resolved.get("required");
		if (requiredNode != null) {
			requiredNode.values().forEach((name) -> required.add(name.stringValue()));
		}
		for (Map.Entry<String, JsonNode> property : properties.properties()) {
			String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
			JsonNode definition = resolve(root, property.getValue());
			boolean isRequired = parentRequired && required.contains(property.getKey());
			if (definition.has("properties")) {
				collect(root, definition, path, isRequired, fields);
				continue;
			}
			fields.put(path,
					new Field(path, typeOf(definition), isRequired, allowed(definition),
							definition.path("description").asString(""),
							"date-time".equals(definition.path("format").asString(""))));
		}
	}

	private static JsonNode resolve(JsonNode root, JsonNode node) {
		JsonNode ref = node.get("$ref");
		if (ref == null) {
			return node;
		}
		return root.at(ref.stringValue().substring(1));
	}

	private static FieldType typeOf(JsonNode definition) {
		String type = definition.path("type").asString("string");
		return switch (type) {
			case "integer" -> FieldType.INTEGER;
			case "number" -> FieldType.NUMBER;
			case "boolean" -> FieldType.BOOLEAN;
			case "array" -> FieldType.TEXT_LIST;
			default -> FieldType.TEXT;
		};
	}

	private static List<String> allowed(JsonNode definition) {
		List<String> values = new ArrayList<>();
		JsonNode values1 = definition.has("enum") ? definition.get("enum") : definition.path("items").path("enum");
		if (values1.isArray()) {
			values1.values().forEach((value) -> values.add(value.asString()));
		}
		if (definition.has("const")) {
			values.add(definition.get("const").asString());
		}
		return values;
	}

	/**
	 * One flat field.
	 *
	 * @param path dotted JSON path, the CSV and XLSX column name
	 * @param type its value type
	 * @param required whether a filing must have it (for conditionally required fields:
	 * false)
	 * @param allowedValues enumeration values, empty when free
	 * @param description schema description, may be empty
	 * @param dateTime whether the field has the {@code date-time} format
	 */
	public record Field(String path, FieldType type, boolean required, List<String> allowedValues, String description,
			boolean dateTime) {

		public Field {
			Objects.requireNonNull(path, "path");
			Objects.requireNonNull(type, "type");
			allowedValues = List.copyOf(allowedValues);
			Objects.requireNonNull(description, "description");
		}

	}

	/**
	 * Value types of a flat field.
	 */
	public enum FieldType {

		TEXT, INTEGER, NUMBER, BOOLEAN, TEXT_LIST

	}

}
