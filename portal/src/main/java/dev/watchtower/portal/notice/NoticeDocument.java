package dev.watchtower.portal.notice;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.stream.Collectors;

import dev.watchtower.portal.base.PdfFonts;
import dev.watchtower.portal.base.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import org.springframework.stereotype.Component;

/**
 * Renders an issued notice as an A4 PDF in the layout of a Chinese official document (red
 * authority header and rule, number, title, addressees, text, legal basis, response
 * deadline, related cases, authority and date), the CJK font embedded as a subset.
 */
@Component
class NoticeDocument {

	private static final float MARGIN = 72f;

	private static final Color RED = new Color(200, 16, 46);

	private final PdfFonts fonts;

	NoticeDocument(PdfFonts fonts) {
		this.fonts = fonts;
	}

	byte[] render(Notice notice, String number, String typeNameZh, Instant issuedAt, ZoneId zone) {
		try (PdfFonts.OpenFont open = this.fonts.open(); PDDocument document = new PDDocument()) {
			PDFont font = open.load(document);
			Cursor cursor = new Cursor(document, font);
			LocalDate issued = issuedAt.atZone(zone).toLocalDate();
			cursor.centered(notice.authorityZh(), 24, RED);
			cursor.gap(6);
			cursor.centered(number, 12, Color.BLACK);
			cursor.rule(RED);
			cursor.gap(14);
			cursor.centered(notice.title(), 18, Color.BLACK);
			cursor.gap(14);
			cursor.paragraph(notice.addressees().stream().map(Addressee::name).collect(Collectors.joining("、")) + "：",
					14, false);
			for (String paragraph : notice.draft().body().strip().split("\\n\\s*\\n|\\n")) {
				if (!paragraph.isBlank()) {
					cursor.paragraph(paragraph.strip(), 12, true);
				}
			}
			cursor.paragraph("本%s依据%s作出。".formatted(typeNameZh, notice.citationZh()), 12, true);
			if (notice.responseDue() != null) {
				cursor.paragraph("请于%s前将落实情况书面报送。".formatted(chineseDate(notice.responseDue())), 12, true);
			}
			if (!notice.draft().caseIds().isEmpty()) {
				cursor.paragraph("附：相关事件编号 " + String.join("，", notice.draft().caseIds()), 10, false);
			}
			if (!notice.draft().bulletinIds().isEmpty()) {
				cursor.paragraph("附：相关通报编号 " + String.join("，", notice.draft().bulletinIds()), 10, false);
			}
			cursor.gap(30);
			cursor.right(notice.authorityZh(), 12);
			cursor.right(chineseDate(issued), 12);
			cursor.footers(number, notice.id().toString());
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(number + " " + notice.title());
			info.setAuthor(notice.authorityZh());
			info.setSubject(typeNameZh);
			info.setProducer("Watchtower portal");
			GregorianCalendar created = GregorianCalendar.from(issuedAt.atZone(zone));
			info.setCreationDate(created);
			info.setModificationDate(created);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render the PDF of notice %s (%s)".formatted(notice.id(), number),
					ex);
		}
	}

	static String chineseDate(LocalDate date) {
		return "%d年%d月%d日".formatted(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/**
	 * Writes top-down, starting new pages as needed.
	 */
	private static final class Cursor {

		private final PDDocument document;

		private final PDFont font;

		private final List<PDPage> pages = new ArrayList<>();

		private PDPageContentStream stream;

		private float y;

		Cursor(PDDocument document, PDFont font) throws IOException {
			this.document = document;
			this.font = font;
			this.stream = newPage();
		}

		void centered(String text, float size, Color color) throws IOException {
			text = PdfText.printable(text, this.font);
			float width = PdfText.width(text, this.font, size);
			show(text, (PDRectangle.A4.getWidth() - width) / 2, size, color);
		}

		void right(String text, float size) throws IOException {
			float width = PdfText.width(text, this.font, size);
			show(text, PDRectangle.A4.getWidth() - MARGIN - width, size, Color.BLACK);
		}

		void paragraph(String text, float size, boolean indent) throws IOException {
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			String indented = PdfText.printable(indent ? "\u3000\u3000" + text : text, this.font);
			for (String line : PdfText.wrap(indented, this.font, size, width)) {
				show(line, MARGIN, size, Color.BLACK);
			}
			gap(size * 0.4f);
		}

		void rule(Color color) throws IOException {
			gap(4);
			this.stream.setStrokingColor(color);
			this.stream.setLineWidth(1.5f);
			this.stream.moveTo(MARGIN, this.y);
			this.stream.lineTo(PDRectangle.A4.getWidth() - MARGIN, this.y);
			this.stream.stroke();
		}

		void gap(float points) {
			this.y -= points;
		}

		void footers(String number, String id) throws IOException {
			this.stream.close();
			for (int i = 0; i < this.pages.size(); i++) {
				try (PDPageContentStream footer = new PDPageContentStream(this.document, this.pages.get(i),
						PDPageContentStream.AppendMode.APPEND, true)) {
					footer.setNonStrokingColor(Color.GRAY);
					footer.beginText();
					footer.setFont(this.font, 8);
					footer.newLineAtOffset(MARGIN, 40);
					footer.showText("%s · 系统编号 %s · 第 %d 页 共 %d 页".formatted(number, id, i + 1, this.pages.size()));
					footer.newLineAtOffset(0, -11);
					footer.showText("本件由瞭望塔监管分析门户生成，可在门户“通知核验”页面上传本文件核对其真实性。");
					footer.endText();
				}
			}
		}

		private void show(String text, float x, float size, Color color) throws IOException {
			float leading = size * 1.6f;
			if (this.y - leading < MARGIN + 30) {
				this.stream.close();
				this.stream = newPage();
			}
			this.y -= leading;
			this.stream.setNonStrokingColor(color);
			this.stream.beginText();
			this.stream.setFont(this.font, size);
			this.stream.newLineAtOffset(x, this.y);
			this.stream.showText(PdfText.printable(text, this.font));
			this.stream.endText();
		}

		private PDPageContentStream newPage() throws IOException {
			PDPage page = new PDPage(PDRectangle.A4);
			this.document.addPage(page);
			this.pages.add(page);
			this.y = PDRectangle.A4.getHeight() - MARGIN;
			return new PDPageContentStream(this.document, page);
		}

	}

}
