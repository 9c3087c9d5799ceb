package dev.watchtower.portal.schedule;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.watchtower.portal.base.AuditRecord;
import dev.watchtower.portal.base.PdfFonts;
import dev.watchtower.portal.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The result tables of a finished run ({@code <reports>/<runId>/
 *
<table>
 * .csv}) and their downloads: the CSV as the job wrote it, an XLSX and a PDF made from
 * it. Every download is audited as an export.
 */
@Service
public class ReportOutputs {

	/** The download formats. */
	public enum Format {

		/** As the job wrote it. */
		CSV("text/csv;charset=UTF-8"),

		/** An Excel workbook. */
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),

		/** A table in a PDF. */
		PDF("application/pdf");

		private final String contentType;

		Format(String contentType) {
			this.contentType = contentType;
		}

		/**
		 * The HTTP content type.
		 * @return the content type
		 */
		public String contentType() {
			return this.contentType;
		}

		/**
		 * The file extension.
		 * @return e.g. {@code xlsx}
		 */
		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private final ScheduleSettings settings;

	private final PdfFonts fonts;

	private final ApplicationEventPublisher events;

	ReportOutputs(ScheduleSettings settings, PdfFonts fonts, ApplicationEventPublisher events) {
		this.settings = settings;
		this.fonts = fonts;
		this.events = events;
	}

	/**
	 * The tables a run produced.
	 * @param runId the run
	 * @return table names, sorted
	 */
	public List<String> tables(UUID runId) {
		Path folder = folder(runId);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".csv"))
				.map((name) -> name.substring(0, name.length() - 4))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("Cannot list the outputs of report run " + runId, ex);
		}
	}

	/**
	 * Writes one table in a format.
	 * @param runId the run
	 * @param table the table, one of {@link #tables(UUID)}
	 * @param format the format
	 * @param out where to write
	 * @throws IOException when the table cannot be read or written
	 */
	public void write(UUID runId, String table, Format format, OutputStream out) throws IOException {
		if (!tables(runId).contains(table)) {
			throw new IllegalArgumentException("Report run %s has no table '%s'".formatted(runId, table));
		}
		Path csv = folder(runId).resolve(table + ".csv");
		switch (format) {
			case CSV -> Files.copy(csv, out);
			case XLSX -> TableWorkbook.write(table, read(csv), out);
			case PDF -> TableDocument.write(this.fonts, "%s · %s".formatted(table, runId), read(csv), out);
		}
		this.events.publishEvent(AuditRecord.success(Actor.current().map(Actor::username).orElse("anonymous"), "export",
				"report-run", runId.toString(), Map.of("table", table, "format", format.name())));
	}

	private static CsvTable read(Path csv) throws IOException {
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			return CsvTable.read(reader);
		}
	}

	private Path folder(UUID runId) {
		return this.settings.reports().resolve(runId.toString());
	}

}
