package dev.watchtower.portal.cases;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;

/**
 * Encodes the sort values of a page's last hit as an opaque, URL-safe cursor and back
 * ({@code search_after}), so that deep pages never use {@code from} and a page link can
 * be shared.
 */
final class PageCursor {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private PageCursor() {
	}

	static String encode(List<FieldValue> sortValues) {
		List<String> parts = new ArrayList<>();
		for (FieldValue value : sortValues) {
			String part = switch (value._kind()) {
				case Long -> "l" + value.longValue();
				case Double -> "d" + value.doubleValue();
				case Boolean -> "b" + value.booleanValue();
				case String -> "s" + value.stringValue();
				case Null -> "n";
				default -> throw new IllegalArgumentException("Cannot page on a sort value of kind " + value._kind());
			};
			parts.add(ENCODER.encodeToString(part.getBytes(StandardCharsets.UTF_8)));
		}
		return String.join(".", parts);
	}

	/**
	 * Reads a cursor.
	 * @param cursor the text from {@link #encode(List)}
	 * @return the sort values
	 * @throws IllegalArgumentException when the cursor was not made here
	 */
	static List<FieldValue> decode(String cursor) {
		List<FieldValue> values = new ArrayList<>();
		try {
			for (String encoded : cursor.split("\\.")) {
				String part = new String(DECODER.decode(encoded), StandardCharsets.UTF_8);
				String body = part.substring(1);
				values.add(switch (part.charAt(0)) {
					case 'l' -> FieldValue.of(Long.parseLong(body));
					case 'd' -> FieldValue.of(Double.parseDouble(body));
					case 'b' -> FieldValue.of(Boolean.parseBoolean(body));
					case 's' -> FieldValue.of(body);
					case 'n' -> FieldValue.NULL;
					default -> throw new IllegalArgumentException("unknown kind " + part.charAt(0));
				});
			}
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Not a page cursor of the case search: '%s'".formatted(cursor), ex);
		}
		return values;
	}

}
