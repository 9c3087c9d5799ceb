package dev.watchtower.portal.cases;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.watchtower.portal.base.ServingIndexes;
import dev.watchtower.portal.base.SourceDocument;
import dev.watchtower.portal.security.Viewer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Exports every case a search matches (up to the configured limit) as CSV or XLSX,
 * streamed: batches come from Elasticsearch with {@code search_after} and go straight to
 * the output, so memory stays flat whatever the size.
 */
@Service
public class CaseExportService {

	private final ElasticsearchClient client;

	private final String index;

	private final CaseSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseExportService(ElasticsearchClient client, ServingIndexes indexes, CaseSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.client = client;
		this.index = indexes.cases();
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Writes the export.
	 * @param query the search (its page cursor is ignored)
	 * @param viewer who asks (their regimes limit the rows)
	 * @param format CSV or XLSX
	 * @param out where to write; not closed
	 * @return rows written
	 * @throws IOException when the output fails
	 */
	public long export(CaseQuery query, Viewer viewer, ExportFormat format, OutputStream out) throws IOException {
		ExportColumns columns = new ExportColumns(this.clock.getZone());
		long[] rows = { 0 };
		boolean truncated;
		try {
			truncated = switch (format) {
				case CSV -> csv(query, viewer, columns, out, rows);
				case XLSX -> xlsx(query, viewer, columns, out, rows);
			};
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		this.events.publishEvent(new CasesExported(viewer.name(), query.withAfter(null).toQueryString(), format,
				rows[0], truncated, this.clock.instant()));
		return rows[0];
	}

	private boolean csv(CaseQuery query, Viewer viewer, ExportColumns columns, OutputStream out, long[] rows)
			throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write('\uFEFF');
		writer.write(csvLine(columns.headers()));
		boolean truncated = each(query, viewer, (row) -> {
			try {
				writer.write(csvLine(columns.values(row)));
				rows[0]++;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		writer.flush();
		return truncated;
	}

	private boolean xlsx(CaseQuery query, Viewer viewer, ExportColumns columns, OutputStream out, long[] rows)
			throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try {
			Sheet sheet = workbook.createSheet("cases");
			write(sheet.createRow(0), columns.headers());
			boolean truncated = each(query, viewer, (row) -> {
				rows[0]++;
				write(sheet.createRow(Math.toIntExact(rows[0])), columns.values(row));
			});
			workbook.write(out);
			return truncated;
		}
		finally {
			workbook.close();
			workbook.dispose();
		}
	}

	/**
	 * Calls the consumer for each matching case in order.
	 * @return whether rows were left out at the limit
	 */
	@SuppressWarnings("unchecked")
	private boolean each(CaseQuery query, Viewer viewer, Consumer<SourceDocument> consumer) {
		if (viewer.scope().isEmpty()) {
			return false;
		}
		int max = this.settings.exportMaxRows();
		int batch = this.settings.exportBatch();
		long written = 0;
		@Nullable List<FieldValue> after = null;
		while (true) {
			SearchResponse<Map<String, Object>> response;
			try {
				response = this.client.search(CaseSearchRequests.batch(this.index, query, viewer.scope(),
						this.clock.getZone(), batch, ExportColumns.SOURCE_FIELDS, after),
						(Class<Map<String, Object>>) (Class<?>) Map.class);
			}
			catch (IOException | ElasticsearchException ex) {
				throw new CaseSearchUnavailableException(
						"Cannot export cases for '%s' after %d rows".formatted(query.toQueryString(), written), ex);
			}
			List<Hit<Map<String, Object>>> hits = response.hits().hits();
			for (Hit<Map<String, Object>> hit : hits) {
				if (written == max) {
					return true;
				}
				consumer.accept(SourceDocument.of(hit.source()));
				written++;
			}
			if (hits.size() < batch) {
				return false;
			}
			after = hits.get(hits.size() - 1).sort();
		}
	}

	private static void write(Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			row.createCell(i).setCellValue(values.get(i));
		}
	}

	static String csvLine(List<String> values) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(csvCell(values.get(i)));
		}
		return line.append("\r\n").toString();
	}

	/**
	 * One CSV cell: quoted when needed (RFC 4180), and text that a spreadsheet would run
	 * as a formula is prefixed with an apostrophe.
	 */
	static String csvCell(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

}
