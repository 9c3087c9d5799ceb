package dev.watchtower.portal.cases;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Masks personal identification data for screens and exports (NFRA Art. 45). Analytics
 * already stores contacts masked; the portal masks again, so that an unmasked value that
 * slipped through is never shown: names keep their first character, phone numbers their
 * first three and last four digits, identity card numbers their first six and last four
 * characters, in free text too.
 */
public final class ContactMask {

	private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9][0-9])([0-9]{4})([0-9]{4})(?![0-9])");

	private static final Pattern LANDLINE = Pattern
		.compile("(?<![0-9])(0[1-9][0-9]{1,2})([- ]?)([0-9]{3,4})([0-9]{4})(?![0-9])");

	private static final Pattern IDENTITY_CARD = Pattern
		.compile("(?<![0-9A-Za-z])([1-9][0-9]{5})([0-9]{8})([0-9]{3}[0-9Xx])(?![0-9A-Za-z])");

	private ContactMask() {
	}

	/**
	 * A person's name: the first character, then one {@code *} per other character.
	 * @param name the name as stored
	 * @return the masked name; empty for none
	 */
	public static String name(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		String stripped = name.strip();
		int first = Character.charCount(stripped.codePointAt(0));
		int rest = stripped.codePointCount(first, stripped.length());
		return stripped.substring(0, first) + "*".repeat(Math.max(1, rest));
	}

	/**
	 * A phone number: digits outside the first three and last four are masked; numbers
	 * with fewer than eight digits are masked whole.
	 * @param phone the number as stored
	 * @return the masked number; empty for none
	 */
	public static String phone(@Nullable String phone) {
		if (phone == null || phone.isBlank()) {
			return "";
		}
		String digits = phone.replaceAll("[^0-9*]", "");
		if (digits.length() < 8) {
			return "*".repeat(Math.max(4, digits.length()));
		}
		return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
	}

	/**
	 * Free text (narratives, measures, report summaries) with every mobile or landline
	 * number and identity card number masked.
	 * @param text the text
	 * @return the text with those patterns masked
	 */
	public static String text(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String masked = replace(IDENTITY_CARD, text, (m) -> m.group(1) + "********" + m.group(3));
		masked = replace(MOBILE, masked, (m) -> m.group(1) + "****" + m.group(3));
		return replace(LANDLINE, masked, (m) -> m.group(1) + m.group(2) + "*".repeat(m.group(3).length()) + m.group(4));
	}

	private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> masking) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(masking.apply(matcher)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
