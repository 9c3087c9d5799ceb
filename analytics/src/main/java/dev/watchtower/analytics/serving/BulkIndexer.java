package dev.watchtower.analytics.serving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends documents to an index in bulk requests with the Java client, the documents as the
 * JSON Spark serialised (no second serialisation), and checks the response item by item
 * (STYLE item 27): every failed item is logged with its id and reason and counted.
 */
final class BulkIndexer {

	private static final Logger logger = LoggerFactory.getLogger(BulkIndexer.class);

	/** At most this many failures are kept with their reasons. */
	static final int FAILURES_KEPT = 100;

	private final Elasticsearch elasticsearch;

	private final ServingSettings settings;

	BulkIndexer(Elasticsearch elasticsearch, ServingSettings settings) {
		this.elasticsearch = Objects.requireNonNull(elasticsearch, "elasticsearch");
		this.settings = Objects.requireNonNull(settings, "settings");
	}

	/**
	 * Sends changes: a row with JSON is indexed (created or replaced), a row without is
	 * deleted.
	 * @param index the index (written through its alias)
	 * @param changes {@code doc_id, json} rows
	 * @return what happened
	 */
	BulkReport send(ServingIndex index, Iterator<Row> changes) {
		return send(index.alias(), changes);
	}

	/**
	 * Sends changes to an index or alias by name.
	 * @param target the index or alias
	 * @param changes {@code doc_id, json} rows
	 * @return what happened
	 */
	BulkReport send(String target, Iterator<Row> changes) {
		BulkReport report = BulkReport.empty(target);
		List<BulkOperation> batch = new ArrayList<>();
		long bytes = 0;
		while (changes.hasNext()) {
			Row row = changes.next();
			String id = row.getString(0);
			String json = row.getString(1);
			if (json == null) {
				batch.add(BulkOperation.of((op) -> op.delete((d) -> d.index(target).id(id))));
			}
			else {
				byte[] document = json.getBytes(StandardCharsets.UTF_8);
				bytes += document.length;
				batch.add(BulkOperation.of((op) -> op.index((
						i) -> i.index(target).id(id).document(BinaryData.of(document, ContentType.APPLICATION_JSON)))));
			}
			if (batch.size() >= this.settings.batchDocuments() || bytes >= this.settings.batchBytes()) {
				report = report.plus(flush(target, batch));
				batch = new ArrayList<>();
				bytes = 0;
			}
		}
		if (!batch.isEmpty()) {
			report = report.plus(flush(target, batch));
		}
		return report;
	}

	private BulkReport flush(String target, List<BulkOperation> operations) {
		BulkResponse response;
		try {
			response = this.elasticsearch.client().bulk(BulkRequest.of((b) -> b.operations(operations)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Bulk request of %d operations to %s failed".formatted(operations.size(), target), ex);
		}
		long indexed = 0;
		long deleted = 0;
		List<String> failures = new ArrayList<>();
		long failed = 0;
		for (BulkResponseItem item : response.items()) {
			if (item.error() != null) {
				failed++;
				String reason = "%s %s: %s (%s)".formatted(item.operationType(), item.id(), item.error().reason(),
						item.error().type());
				logger.error("Elasticsearch refused document {} in {}: {}", item.id(), target, reason);
				if (failures.size() < FAILURES_KEPT) {
					failures.add(reason);
				}
			}
			else if (item.operationType() == co.elastic.clients.elasticsearch.core.bulk.OperationType.Delete) {
				deleted++;
			}
			else {
				indexed++;
			}
		}
		return new BulkReport(target, indexed, deleted, failed, failures);
	}

	/**
	 * The outcome of sending changes to one index.
	 *
	 * @param target the index or alias
	 * @param indexed documents created or replaced
	 * @param deleted documents deleted (or already absent)
	 * @param failed items refused
	 * @param failures the first refused items with their reasons
	 */
	record BulkReport(String target, long indexed, long deleted, long failed, List<String> failures) {

		BulkReport {
			failures = List.copyOf(failures);
		}

		static BulkReport empty(String target) {
			return new BulkReport(target, 0, 0, 0, List.of());
		}

		BulkReport plus(BulkReport other) {
			List<String> all = new ArrayList<>(this.failures);
			other.failures.stream().limit(Math.max(0, FAILURES_KEPT - all.size())).forEach(all::add);
			return new BulkReport(this.target, this.indexed + other.indexed, this.deleted + other.deleted,
					this.failed + other.failed, all);
		}

	}

}
