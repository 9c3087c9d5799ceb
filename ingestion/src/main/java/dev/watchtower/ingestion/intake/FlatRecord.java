package dev.watchtower.ingestion.intake;

import java.math.BigDecimal;
import java.util.List;

import dev.watchtower.ingestion.intake.FieldCatalogue.Field;
import dev.watchtower.ingestion.intake.FieldCatalogue.FieldType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a flat row (CSV, XLSX: columns named by dotted JSON path, lists separated by
 * {@code ;}) into the JSON tree of a filing, typed by the field catalogue. A cell that
 * does not convert keeps its text, so the schema check names the problem.
 */
final class FlatRecord {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private FlatRecord() {
	}

	/**
	 * Builds the tree of a row.
	 * @param columns column names
	 * @param cells cell texts, null or empty when absent
	 * @return the tree
	 */
	static ObjectNode tree(List<String> columns, List<? extends @Nullable Object> cells) {
		ObjectNode root = NODES.objectNode();
		FieldCatalogue incident = FieldCatalogue.of(FilingKind.INCIDENT_REPORT);
		FieldCatalogue annual = FieldCatalogue.of(FilingKind.ANNUAL_REPORT);
		int schemaColumn = columns.indexOf("schema");
		Object schemaCell = (schemaColumn >= 0 && schemaColumn < cells.size()) ? cells.get(schemaColumn) : null;
		FieldCatalogue catalogue = (schemaCell != null
				&& schemaCell.toString().trim().equals(FilingKind.ANNUAL_REPORT.schemaId())) ? annual : incident;
		for (int i = 0; i < columns.size() && i < cells.size(); i++) {
			Object cell = cells.get(i);
			if (cell == null || (cell instanceof String text && text.isBlank())) {
				continue;
			}
			String path = columns.get(i);
			FieldType type = catalogue.field(path).map(Field::type).orElse(FieldType.TEXT);
			put(root, path, value(type, cell));
		}
		return root;
	}

	private static JsonNode value(FieldType type, Object cell) {
		if (cell instanceof Boolean flag) {
			return NODES.booleanNode(flag);
		}
		if (cell instanceof Number number) {
			return switch (type) {
				case INTEGER ->
					isWhole(number) ? NODES.numberNode(number.longValue()) : NODES.numberNode(decimal(number));
				case NUMBER -> NODES.numberNode(decimal(number));
				default -> NODES.stringNode(plain(number));
			};
		}
		String text = cell.toString().trim();
		return switch (type) {
			case INTEGER -> {
				try {
					yield NODES.numberNode(Long.parseLong(text));
				}
				catch (NumberFormatException ex) {
					yield NODES.stringNode(text);
				}
			}
			case NUMBER -> {
				try {
					yield NODES.numberNode(new BigDecimal(text));
				}
				catch (NumberFormatException ex) {
					yield NODES.stringNode(text);
				}
			}
			case BOOLEAN -> switch (text.toLowerCase()) {
				case "true" -> NODES.booleanNode(true);
				case "false" -> NODES.booleanNode(false);
				default -> NODES.stringNode(text);
			};
			case TEXT_LIST -> {
				ArrayNode items = NODES.arrayNode();
				for (String item : text.split(";")) {
					if (!item.isBlank()) {
						items.add(item.trim());
					}
				}
				yield items;
			}
			case TEXT -> NODES.stringNode(text);
		};
	}

	private static boolean isWhole(Number number) {
		double value = number.doubleValue();
		return value == Math.rint(value) && Math.abs(value) < 9.0e15;
	}

	private static BigDecimal decimal(Number number) {
		return (number instanceof BigDecimal decimal) ? decimal : new BigDecimal(number.toString());
	}

	private static String plain(Number number) {
		return isWhole(number) ? Long.toString(number.longValue()) : number.toString();
	}

	private static void put(ObjectNode root, String path, JsonNode value) {
		String[] names = path.split("\\.");
		ObjectNode parent = root;
		for (int i = 0; i < names.length - 1; i++) {
			JsonNode child = parent.get(names[i]);
			if (!(child instanceof ObjectNode object)) {
				ObjectNode created = NODES.objectNode();
				parent.set(names[i], created);
				parent = created;
			}
			else {
				parent = object;
			}
		}
		parent.set(names[names.length - 1], value);
	}

}
