package dev.watchtower.ingestion.intake;

/**
 * The bounded original text kept with a rejected record.
 */
final class PayloadText {

	private PayloadText() {
	}

	static String of(String text, int maxChars) {
		return (text.length() > maxChars) ? text.substring(0, maxChars) : text;
	}

}
