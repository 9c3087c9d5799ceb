package dev.watchtower.ingestion.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.watchtower.ingestion.validation.Finding;
import dev.watchtower.ingestion.validation.RecordLocation;
import dev.watchtower.ingestion.validation.Rule;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON file holding one filing or an array of filings, streaming the array so a
 * large file never sits in memory, and building each element under a size bound.
 */
final class JsonRecords {

	private final JsonMapper mapper;

	private final IntakeLimits limits;

	JsonRecords(JsonMapper mapper, IntakeLimits limits) {
		this.mapper = mapper;
		this.limits = limits;
	}

	void read(Path file, String source, RecordSink sink) throws IOException {
		long index = 0;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65_536);
				JsonParser parser = this.mapper.createParser(in)) {
			JsonToken first = parser.nextToken();
			if (first == JsonToken.START_OBJECT) {
				if (!element(parser, new RecordLocation(source, RecordLocation.Kind.FILE, 0), sink)) {
					return;
				}
			}
			else if (first == JsonToken.START_ARRAY) {
				JsonToken token;
				while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
					if (token == null) {
						sink.accept(new RawRecord.Unreadable(
								new RecordLocation(source, RecordLocation.Kind.ELEMENT, index), Finding
									.of(Rule.INPUT_JSON_SYNTAX, "", null, "the array is not closed (truncated file)"),
								null));
						return;
					}
					RecordLocation location = new RecordLocation(source, RecordLocation.Kind.ELEMENT, index++);
					if (token != JsonToken.START_OBJECT) {
						parser.skipChildren();
						if (!sink.accept(new RawRecord.Unreadable(location,
								Finding.of(Rule.INPUT_NOT_AN_OBJECT, "", kindOf(token)), null))) {
							return;
						}
						continue;
					}
					if (!element(parser, location, sink)) {
						return;
					}
				}
			}
			else {
				sink.accept(new RawRecord.Unreadable(RecordLocation.wholeFile(source), Finding
					.of(Rule.INPUT_NOT_AN_OBJECT, "", (first != null) ? first.name().toLowerCase() : "nothing"), null));
				return;
			}
			JsonToken trailing = parser.nextToken();
			if (trailing != null) {
				sink.accept(
						new RawRecord.Unreadable(RecordLocation.wholeFile(source), Finding.of(Rule.INPUT_JSON_SYNTAX,
								"", null, "content after the end of the JSON value (" + trailing + ")"), null));
			}
		}
		catch (JacksonException ex) {
			RecordLocation location = (index == 0) ? RecordLocation.wholeFile(source)
					: new RecordLocation(source, RecordLocation.Kind.ELEMENT, index - 1);
			sink.accept(new RawRecord.Unreadable(location, IntakeJson.finding(ex, this.limits), null));
		}
	}

	private static String kindOf(JsonToken token) {
		return switch (token) {
			case START_ARRAY -> "array";
			case VALUE_STRING -> "string";
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
			case VALUE_TRUE, VALUE_FALSE -> "boolean";
			case VALUE_NULL -> "null";
			default -> token.name().toLowerCase();
		};
	}

	/**
	 * Builds one object under the size bound, or skips it when it is too large.
	 * @return what the sink answered
	 */
	private boolean element(JsonParser parser, RecordLocation location, RecordSink sink) {
		long startOffset = parser.currentTokenLocation().getByteOffset();
		BoundedBuilder builder = new BoundedBuilder(parser, startOffset, this.limits.maxRecordBytes());
		ObjectNode tree = builder.object();
		if (builder.tooLarge) {
			return sink.accept(new RawRecord.Unreadable(location,
					Finding.of(Rule.INPUT_RECORD_TOO_LARGE, "", null, this.limits.maxRecordBytes() + " bytes"), null));
		}
		int maxPayload = this.limits.maxPayloadChars();
		return sink
			.accept(new RawRecord.Parsed(location, tree, List.of(), () -> PayloadText.of(tree.toString(), maxPayload)));
	}

	/**
	 * Builds a tree from the parser, stopping (and draining the rest of the element
	 * without keeping it) once the element spans more bytes than allowed.
	 */
	private static final class BoundedBuilder {

		private final JsonParser parser;

		private final long startOffset;

		private final long maxBytes;

		private final JsonNodeFactory nodes = JsonNodeFactory.instance;

		private int depth;

		private boolean tooLarge;

		private BoundedBuilder(JsonParser parser, long startOffset, long maxBytes) {
			this.parser = parser;
			this.startOffset = startOffset;
			this.maxBytes = maxBytes;
		}

		/**
		 * Reads the object whose START_OBJECT is the current token.
		 * @return the object (partial when too large)
		 */
		ObjectNode object() {
			this.depth = 1;
			ObjectNode root = objectBody();
			while (this.depth > 0 && this.parser.nextToken() != null) {
				JsonToken token = this.parser.currentToken();
				if (token.isStructStart()) {
					this.depth++;
				}
				else if (token.isStructEnd()) {
					this.depth--;
				}
			}
			return root;
		}

		private @Nullable JsonToken next() {
			JsonToken token = this.parser.nextToken();
			if (token != null && token.isStructStart()) {
				this.depth++;
			}
			else if (token != null && token.isStructEnd()) {
				this.depth--;
			}
			if (this.parser.currentLocation().getByteOffset() - this.startOffset > this.maxBytes) {
				this.tooLarge = true;
			}
			return token;
		}

		private ObjectNode objectBody() {
			ObjectNode object = this.nodes.objectNode();
			JsonToken token;
			while ((token = next()) != JsonToken.END_OBJECT && token != null && !this.tooLarge) {
				String name = this.parser.currentName();
				JsonNode value = value(next());
				if (this.tooLarge) {
					return object;
				}
				object.set(name, value);
			}
			return object;
		}

		private ArrayNode arrayBody() {
			ArrayNode array = this.nodes.arrayNode();
			JsonToken token;
			while ((token = next()) != JsonToken.END_ARRAY && token != null && !this.tooLarge) {
				JsonNode value = value(token);
				if (this.tooLarge) {
					return array;
				}
				array.add(value);
			}
			return array;
		}

		private JsonNode value(@Nullable JsonToken token) {
			if (token == null || this.tooLarge) {
				return this.nodes.nullNode();
			}
			return switch (token) {
				case START_OBJECT -> objectBody();
				case START_ARRAY -> arrayBody();
				case VALUE_STRING -> this.nodes.stringNode(this.parser.getString());
				case VALUE_NUMBER_INT -> (this.parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER)
						? this.nodes.numberNode(this.parser.getBigIntegerValue())
						: this.nodes.numberNode(this.parser.getLongValue());
				case VALUE_NUMBER_FLOAT -> this.nodes.numberNode(this.parser.getDecimalValue());
				case VALUE_TRUE -> this.nodes.booleanNode(true);
				case VALUE_FALSE -> this.nodes.booleanNode(false);
				default -> this.nodes.nullNode();
			};
		}

	}

}
