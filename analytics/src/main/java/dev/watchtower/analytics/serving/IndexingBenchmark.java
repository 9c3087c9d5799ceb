package dev.watchtower.analytics.serving;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.infra.elasticsearch.IndexTemplates;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.elasticsearch.client.Request;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The indexing rate of the serving layer's client path beside a raw {@code _bulk} of the
 * same documents: the case documents are built once and kept in a file; each run indexes
 * them into a fresh index with the cases mapping, (a) through {@link BulkIndexer} (the
 * Java client, item-by-item checks) and (b) as pre-serialised NDJSON posted with plain
 * HTTP in requests of the same size.
 */
public final class IndexingBenchmark {

	static final String INDEX = "watchtower-bench-cases";

	private IndexingBenchmark() {
	}

	/**
	 * Runs the comparison.
	 * @param spark the session
	 * @param lake a lake the chain has run on
	 * @param settings the cluster
	 * @param maxDocuments at most this many case documents
	 * @param work a folder for the documents file
	 * @return the rates
	 */
	public static Result compare(SparkSession spark, Lake lake, ServingSettings settings, long maxDocuments,
			Path work) {
		try (Elasticsearch elasticsearch = new Elasticsearch(settings)) {
			Path file = work.resolve("case-documents.tsv");
			long documents = writeDocuments(spark, lake, maxDocuments, file);
			recreate(elasticsearch, settings);
			long started = System.nanoTime();
			BulkIndexer.BulkReport report = new BulkIndexer(elasticsearch, settings).send(INDEX, read(file));
			long client = System.nanoTime() - started;
			if (report.failed() > 0) {
				throw new IllegalStateException("Bench documents refused: " + report.failures());
			}
			long clientCount = count(elasticsearch);
			recreate(elasticsearch, settings);
			started = System.nanoTime();
			rawBulk(settings, file);
			long raw = System.nanoTime() - started;
			long rawCount = count(elasticsearch);
			elasticsearch.rest().performRequest(new Request("DELETE", "/" + INDEX));
			return new Result(documents, Files.size(file), clientCount, client / 1e9, rawCount, raw / 1e9);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Indexing benchmark failed", ex);
		}
	}

	private static long writeDocuments(SparkSession spark, Lake lake, long maxDocuments, Path file) throws IOException {
		Iterator<Row> rows = ServingJob.documents(spark, lake, ServingIndex.CASES)
			.select("doc_id", "json")
			.limit((int) Math.min(Integer.MAX_VALUE, maxDocuments))
			.toLocalIterator();
		long count = 0;
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			while (rows.hasNext()) {
				Row row = rows.next();
				writer.write(row.getString(0));
				writer.write('\t');
				writer.write(row.getString(1));
				writer.write('\n');
				count++;
			}
		}
		return count;
	}

	private static Iterator<Row> read(Path file) throws IOException {
		BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		return new Iterator<>() {

			String next = advance();

			private String advance() {
				try {
					String line = reader.readLine();
					if (line == null) {
						reader.close();
					}
					return line;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			@Override
			public boolean hasNext() {
				return this.next != null;
			}

			@Override
			public Row next() {
				if (this.next == null) {
					throw new NoSuchElementException();
				}
				int tab = this.next.indexOf('\t');
				Row row = RowFactory.create(this.next.substring(0, tab), this.next.substring(tab + 1));
				this.next = advance();
				return row;
			}

		};
	}

	private static void rawBulk(ServingSettings settings, Path file) throws IOException {
		HttpClient http = HttpClient.newHttpClient();
		URI uri = settings.url().resolve("/" + INDEX + "/_bulk");
		StringBuilder body = new StringBuilder();
		int documents = 0;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = reader.readLine()) != null) {
				int tab = line.indexOf('\t');
				body.append("{\"index\":{\"_id\":\"").append(line, 0, tab).append("\"}}\n");
				body.append(line, tab + 1, line.length()).append('\n');
				documents++;
				if (documents >= settings.batchDocuments() || body.length() >= settings.batchBytes()) {
					post(http, uri, body.toString());
					body.setLength(0);
					documents = 0;
				}
			}
		}
		if (!body.isEmpty()) {
			post(http, uri, body.toString());
		}
	}

	private static void post(HttpClient http, URI uri, String body) throws IOException {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/x-ndjson")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().startsWith("{\"errors\":true")
					|| response.body().contains("\"errors\":true")) {
				throw new IOException("Raw _bulk failed: HTTP " + response.statusCode() + " "
						+ response.body().substring(0, Math.min(500, response.body().length())));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted", ex);
		}
	}

	private static void recreate(Elasticsearch elasticsearch, ServingSettings settings) throws IOException {
		elasticsearch.rest().performRequest(new Request("DELETE", "/" + INDEX + "?ignore_unavailable=true"));
		JsonMapper json = JsonMapper.builder().build();
		JsonNode template = IndexTemplates.load(settings.textAnalyzer())
			.stream()
			.filter((t) -> t.name().equals(ServingIndex.CASES.template()))
			.findFirst()
			.map((t) -> json.readTree(t.json()).path("template"))
			.orElseThrow();
		ObjectNode body = json.createObjectNode();
		body.set("settings", template.path("settings"));
		body.set("mappings", template.path("mappings"));
		Request create = new Request("PUT", "/" + INDEX);
		create.setJsonEntity(json.writeValueAsString(body));
		elasticsearch.rest().performRequest(create);
	}

	private static long count(Elasticsearch elasticsearch) throws IOException {
		elasticsearch.rest().performRequest(new Request("POST", "/" + INDEX + "/_refresh"));
		return elasticsearch.client().count((c) -> c.index(INDEX)).count();
	}

	/**
	 * The comparison.
	 *
	 * @param documents case documents
	 * @param bytes their size as NDJSON source
	 * @param clientIndexed documents in the index after the client run
	 * @param clientSeconds time of the client run
	 * @param rawIndexed documents in the index after the raw run
	 * @param rawSeconds time of the raw run
	 */
	public record Result(long documents, long bytes, long clientIndexed, double clientSeconds, long rawIndexed,
			double rawSeconds) {

		public double clientRate() {
			return this.documents / this.clientSeconds;
		}

		public double rawRate() {
			return this.documents / this.rawSeconds;
		}

		public double ratio() {
			return clientRate() / rawRate();
		}

	}

}
