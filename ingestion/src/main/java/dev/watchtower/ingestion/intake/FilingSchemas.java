package dev.watchtower.ingestion.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.watchtower.ingestion.filing.FilingTree;
import dev.watchtower.ingestion.validation.Finding;
import dev.watchtower.ingestion.validation.Findings;
import dev.watchtower.ingestion.validation.Rule;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas (draft 2020-12) of both filing kinds, checked with the networknt
 * validator; each schema error becomes a {@link Finding} with a rule id.
 */
final class FilingSchemas {

	private static final int MAX_VALUE_TEXT = 200;

	private final Map<FilingKind, Schema> schemas = new EnumMap<>(FilingKind.class);

	FilingSchemas() {
		SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(false).build();
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				(builder) -> builder.schemaRegistryConfig(config));
		for (FilingKind kind : FilingKind.values()) {
			try (InputStream in = Objects.requireNonNull(FilingSchemas.class.getResourceAsStream(kind.schemaResource()),
					kind.schemaResource())) {
				Schema schema = registry.getSchema(in);
				schema.initializeValidators();
				this.schemas.put(kind, schema);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read schema " + kind.schemaResource(), ex);
			}
		}
	}

	void check(FilingKind kind, JsonNode filing, Findings findings) {
		List<Error> errors = this.schemas.get(kind).validate(filing);
		for (Error error : errors) {
			findings.add(toFinding(error));
		}
		checkDateTimes(kind, filing, findings);
	}

	/**
	 * Records a finding for every date-time field that is not RFC 3339 with an offset.
	 * @param kind the filing kind
	 * @param filing the filing
	 * @param findings where findings go
	 */
	static void checkDateTimes(FilingKind kind, JsonNode filing, Findings findings) {
		FilingTree tree = new FilingTree(filing);
		for (String path : FieldCatalogue.of(kind).dateTimePaths()) {
			JsonNode node = tree.node(path);
			if (node != null && node.isString() && FilingTree.strictTime(node.stringValue()) == null) {
				findings.add(Rule.SCHEMA_DATE_TIME, path, node.stringValue());
			}
		}
	}

	private static Finding toFinding(Error error) {
		String path = dotted(error.getInstanceLocation());
		String keyword = (error.getKeyword() != null) ? error.getKeyword() : "";
		Object[] args = (error.getArguments() != null) ? error.getArguments() : new Object[0];
		String value = valueText(error.getInstanceNode());
		return switch (keyword) {
			case "required" -> Finding.of(Rule.SCHEMA_REQUIRED, join(path, error.getProperty()), null);
			case "additionalProperties" -> Finding.of(Rule.SCHEMA_UNKNOWN_FIELD, join(path, error.getProperty()), null);
			case "propertyNames" -> Finding.of(Rule.SCHEMA_UNKNOWN_FIELD, join(path, error.getProperty()), null);
			case "type" -> Finding.of(Rule.SCHEMA_TYPE, path, value, arg(args, 1));
			case "enum", "const" -> Finding.of(Rule.SCHEMA_ENUM, path, value, arg(args, 0));
			case "format" -> Finding.of(Rule.SCHEMA_DATE_TIME, path, value);
			case "minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum", "exclusiveMinimum",
					"exclusiveMaximum" ->
				Finding.of(ruleOf(keyword), path, value, bound(keyword, arg(args, 0)));
			case "uniqueItems" -> Finding.of(Rule.SCHEMA_DUPLICATE_ITEMS, path, null);
			default -> Finding.of(Rule.SCHEMA_OTHER, path, value, keyword, error.getMessage());
		};
	}

	private static Rule ruleOf(String keyword) {
		if (keyword.endsWith("Length")) {
			return Rule.SCHEMA_TEXT_LENGTH;
		}
		return keyword.endsWith("Items") ? Rule.SCHEMA_LIST_SIZE : Rule.SCHEMA_RANGE;
	}

	/**
	 * A language-neutral statement of the bound, e.g. {@code ≤ 200}.
	 */
	private static String bound(String keyword, String limit) {
		return switch (keyword) {
			case "minLength", "minItems", "minimum" -> "≥ " + limit;
			case "exclusiveMinimum" -> "> " + limit;
			case "exclusiveMaximum" -> "< " + limit;
			default -> "≤ " + limit;
		};
	}

	private static String arg(Object[] args, int index) {
		return (args.length > index) ? String.valueOf(args[index]) : "";
	}

	private static String join(String path, String property) {
		if (property == null || property.isEmpty()) {
			return path;
		}
		return path.isEmpty() ? property : path + "." + property;
	}

	private static String valueText(JsonNode node) {
		if (node == null) {
			return "";
		}
		String text = node.isString() ? node.stringValue() : node.toString();
		return (text.length() > MAX_VALUE_TEXT) ? text.substring(0, MAX_VALUE_TEXT) : text;
	}

	/**
	 * Dotted form of a node path: {@code impact.provincesAffected[1]}.
	 * @param path the networknt path
	 * @return the dotted path, empty for the root
	 */
	static String dotted(NodePath path) {
		StringBuilder dotted = new StringBuilder();
		for (int i = 0; i < path.getNameCount(); i++) {
			Object element = path.getElement(i);
			if (element instanceof Integer index) {
				dotted.append('[').append(index).append(']');
			}
			else {
				if (!dotted.isEmpty()) {
					dotted.append('.');
				}
				dotted.append(element);
			}
		}
		return dotted.toString();
	}

}
