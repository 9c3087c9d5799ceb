package dev.watchtower.ingestion.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import dev.watchtower.ingestion.validation.Finding;
import dev.watchtower.ingestion.validation.Rule;

/**
 * Inflates an XLSX archive once, counting real (not declared) sizes, to refuse zip bombs
 * and workbooks with external links before POI opens them.
 */
final class XlsxArchiveCheck {

	private static final long RATIO_FLOOR_BYTES = 1L << 20;

	private XlsxArchiveCheck() {
	}

	static Optional<Finding> problem(Path file, IntakeLimits limits) throws IOException {
		long total = 0;
		long compressedTotal = Files.size(file);
		byte[] buffer = new byte[65_536];
		boolean sawWorkbook = false;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				String name = entry.getName();
				if (name.startsWith("xl/externalLinks/")) {
					return Optional.of(Finding.of(Rule.XLSX_EXTERNAL_LINK, "", name));
				}
				sawWorkbook |= name.equals("xl/workbook.xml");
				long entrySize = 0;
				int read;
				InputStream in = zip.getInputStream(entry);
				while ((read = in.read(buffer)) > 0) {
					entrySize += read;
					total += read;
					if (total > limits.maxXlsxUncompressedBytes()) {
						return Optional.of(Finding.of(Rule.XLSX_ZIP_BOMB, "", null,
								"more than " + limits.maxXlsxUncompressedBytes() + " bytes uncompressed"));
					}
					if (entrySize > RATIO_FLOOR_BYTES
							&& entrySize > (long) limits.maxXlsxInflateRatio() * Math.max(compressedTotal, 1)) {
						in.close();
						return Optional.of(Finding.of(Rule.XLSX_ZIP_BOMB, "", name,
								"entry " + name + " expands more than " + limits.maxXlsxInflateRatio() + " times"));
					}
				}
				in.close();
			}
		}
		catch (ZipException | java.io.EOFException ex) {
			return Optional.of(Finding.of(Rule.XLSX_CORRUPT, "", null, "not a valid ZIP archive: " + ex.getMessage()));
		}
		if (!sawWorkbook) {
			return Optional.of(Finding.of(Rule.XLSX_CORRUPT, "", null, "the archive has no xl/workbook.xml"));
		}
		return Optional.empty();
	}

	static Optional<Finding> notAnArchive() {
		return Optional.of(Finding.of(Rule.XLSX_CORRUPT, "", null, "the file is not an XLSX (ZIP) workbook"));
	}

	static InputStream open(Path file) throws IOException {
		return Files.newInputStream(file);
	}

}
