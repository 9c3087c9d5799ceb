package dev.watchtower.portal.base;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.stereotype.Component;

/**
 * Loads the configured CJK font into PDF documents, embedded as a subset so any reader
 * shows the Chinese text without fonts of its own.
 */
@Component
public class PdfFonts {

	private final PdfSettings settings;

	PdfFonts(PdfSettings settings) {
		this.settings = settings;
	}

	/**
	 * Opens the font file; close it after the documents using it are saved.
	 * @return the open font
	 * @throws IOException when the font file cannot be read
	 */
	public OpenFont open() throws IOException {
		if (!Files.isReadable(this.settings.font())) {
			throw new IOException(("The PDF font %s is missing or unreadable: install Debian's fonts-wqy-microhei "
					+ "or set watchtower.pdf.font to a TrueType font with Chinese glyphs")
				.formatted(this.settings.font()));
		}
		if (this.settings.font().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
			TrueTypeCollection collection = new TrueTypeCollection(this.settings.font().toFile());
			TrueTypeFont font = collection.getFontByName(this.settings.fontName());
			if (font == null) {
				AtomicReference<TrueTypeFont> first = new AtomicReference<>();
				collection.processAllFonts((candidate) -> first.compareAndSet(null, candidate));
				font = first.get();
			}
			if (font == null) {
				collection.close();
				throw new IOException("The font collection %s holds no font".formatted(this.settings.font()));
			}
			TrueTypeFont chosen = font;
			return new OpenFont(collection, (document) -> PDType0Font.load(document, chosen, true));
		}
		return new OpenFont(() -> {
		}, (document) -> PDType0Font.load(document, this.settings.font().toFile()));
	}

	/**
	 * An open font file.
	 *
	 * @param resource what to close afterwards
	 * @param loader embeds the font into a document
	 */
	public record OpenFont(AutoCloseable resource, Loader loader) implements AutoCloseable {

		/**
		 * Embeds the font (as a subset) into a document.
		 * @param document the document
		 * @return the font to write with
		 * @throws IOException when the font cannot be read
		 */
		public PDType0Font load(PDDocument document) throws IOException {
			return this.loader.load(document);
		}

		@Override
		public void close() throws IOException {
			try {
				this.resource.close();
			}
			catch (IOException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IOException("Cannot close the PDF font", ex);
			}
		}

	}

	/**
	 * Embeds a font into a document.
	 */
	@FunctionalInterface
	public interface Loader {

		/**
		 * Embeds the font.
		 * @param document the document
		 * @return the embedded font
		 * @throws IOException when the font cannot be read
		 */
		PDType0Font load(PDDocument document) throws IOException;

	}

}
