package dev.watchtower.portal.schedule;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import dev.watchtower.portal.base.PdfFonts;
import dev.watchtower.portal.base.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Renders a CSV table as a landscape A4 PDF: a title line, the header repeated on every
 * page, cells cut to their column with an ellipsis; at most {@link #MAX_ROWS} rows (the
 * CSV and XLSX have all of them, which the last page says).
 */
final class TableDocument {

	static final int MAX_ROWS = 5_000;

	private static final float MARGIN = 36f;

	private static final float SIZE = 8f;

	private static final float LEADING = 12f;

	private TableDocument() {
	}

	static void write(PdfFonts fonts, String title, CsvTable table, OutputStream out) throws IOException {
		try (PdfFonts.OpenFont open = fonts.open(); PDDocument document = new PDDocument()) {
			PDFont font = open.load(document);
			PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
			int columns = Math.max(1, table.header().size());
			float width = (size.getWidth() - 2 * MARGIN) / columns;
			List<List<String>> rows = table.rows().subList(0, Math.min(MAX_ROWS, table.rows().size()));
			int row = 0;
			int page = 0;
			do {
				PDPage pdfPage = new PDPage(size);
				document.addPage(pdfPage);
				page++;
				try (PDPageContentStream stream = new PDPageContentStream(document, pdfPage)) {
					float y = size.getHeight() - MARGIN;
					y = line(stream, font, 11f, List.of(title + "（第 " + page + " 页）"), size.getWidth(), y);
					y = line(stream, font, SIZE, table.header(), width, y - 4);
					stream.moveTo(MARGIN, y - 3);
					stream.lineTo(size.getWidth() - MARGIN, y - 3);
					stream.stroke();
					while (row < rows.size() && y - LEADING > MARGIN) {
						y = line(stream, font, SIZE, rows.get(row++), width, y);
					}
					if (row >= rows.size() && table.rows().size() > MAX_ROWS) {
						line(stream, font, SIZE, List
							.of("仅显示前 %d 行，共 %d 行；完整数据见 CSV 或 XLSX 下载。".formatted(MAX_ROWS, table.rows().size())),
								size.getWidth(), y - 4);
					}
				}
			}
			while (row < rows.size());
			document.save(out);
		}
	}

	private static float line(PDPageContentStream stream, PDFont font, float size, List<String> cells, float width,
			float y) throws IOException {
		float next = y - LEADING;
		for (int c = 0; c < cells.size(); c++) {
			String text = fit(PdfText.printable(cells.get(c).replaceAll("\\R", " "), font), font, size, width - 4);
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(MARGIN + c * width, next);
			stream.showText(text);
			stream.endText();
		}
		return next;
	}

	private static String fit(String text, PDFont font, float size, float width) throws IOException {
		if (PdfText.width(text, font, size) <= width) {
			return text;
		}
		StringBuilder cut = new StringBuilder();
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			String glyph = text.substring(i, text.offsetByCodePoints(i, 1));
			if (PdfText.width(cut + glyph + "…", font, size) > width) {
				break;
			}
			cut.append(glyph);
		}
		return cut + "…";
	}

}
