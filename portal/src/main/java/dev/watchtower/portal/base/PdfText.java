package dev.watchtower.portal.base;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Line breaking for PDF text that mixes Chinese and Latin: Chinese breaks between any two
 * characters, Latin words stay whole where they fit.
 */
public final class PdfText {

	private PdfText() {
	}

	/**
	 * Breaks a paragraph into lines no wider than the given width.
	 * @param text the paragraph (line breaks in it are kept)
	 * @param font the font
	 * @param size the font size in points
	 * @param width the line width in points
	 * @return the lines
	 * @throws IOException when the font cannot measure the text
	 */
	public static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.replace("\r", "").split("\n", -1)) {
			wrapParagraph(paragraph, font, size, width, lines);
		}
		return lines;
	}

	/**
	 * The width of a text.
	 * @param text the text
	 * @param font the font
	 * @param size the font size in points
	 * @return the width in points
	 * @throws IOException when the font cannot measure the text
	 */
	public static float width(String text, PDFont font, float size) throws IOException {
		return font.getStringWidth(text) / 1000f * size;
	}

	/**
	 * The text with every character the font cannot draw (emoji, control characters)
	 * replaced by a question mark, so user text never breaks a document.
	 * @param text the text
	 * @param font the font
	 * @return the printable text
	 */
	public static String printable(String text, PDFont font) {
		StringBuilder printable = new StringBuilder(text.length());
		text.replace('\t', ' ').codePoints().forEach((codePoint) -> {
			String glyph = new String(Character.toChars(codePoint));
			try {
				font.encode(glyph);
				printable.append(glyph);
			}
			catch (IllegalArgumentException | IOException ex) {
				printable.append('?');
			}
		});
		return printable.toString();
	}

	private static void wrapParagraph(String paragraph, PDFont font, float size, float width, List<String> lines)
			throws IOException {
		StringBuilder line = new StringBuilder();
		int i = 0;
		while (i < paragraph.length()) {
			int end = tokenEnd(paragraph, i);
			String token = paragraph.substring(i, end);
			if (line.length() > 0 && width(line + token, font, size) > width) {
				lines.add(line.toString().stripTrailing());
				line.setLength(0);
				if (token.isBlank()) {
					i = end;
					continue;
				}
			}
			if (line.length() == 0 && width(token, font, size) > width) {
				for (int c = 0; c < token.length(); c = token.offsetByCodePoints(c, 1)) {
					String glyph = token.substring(c, token.offsetByCodePoints(c, 1));
					if (line.length() > 0 && width(line + glyph, font, size) > width) {
						lines.add(line.toString());
						line.setLength(0);
					}
					line.append(glyph);
				}
			}
			else {
				line.append(token);
			}
			i = end;
		}
		lines.add(line.toString().stripTrailing());
	}

	/**
	 * A Latin word or number with its trailing space, or a single other character.
	 */
	private static int tokenEnd(String text, int start) {
		int codePoint = text.codePointAt(start);
		if (!isLatin(codePoint)) {
			return text.offsetByCodePoints(start, 1);
		}
		int end = start;
		while (end < text.length() && isLatin(text.codePointAt(end))) {
			end = text.offsetByCodePoints(end, 1);
		}
		while (end < text.length() && text.charAt(end) == ' ') {
			end++;
		}
		return end;
	}

	private static boolean isLatin(int codePoint) {
		return codePoint < 0x2E80 && !Character.isWhitespace(codePoint);
	}

}
