package dev.watchtower.analytics.serving;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.Snapshot;
import dev.watchtower.analytics.run.AnalyticsJob;
import dev.watchtower.analytics.run.JobContext;
import dev.watchtower.analytics.run.JobResult;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code index} job: builds the serving documents from the lake and sends what
 * changed (by content hash) since the last successful run; {@code --full} sends
 * everything. An index is also rebuilt in full when it does not hold the documents the
 * state says it should (a new or wiped cluster). Ids no longer produced are deleted. A
 * run with refused items fails and leaves the state as it was, so the next run sends them
 * again.
 */
public final class ServingJob implements AnalyticsJob {

	public static final String NAME = "index";

	private static final Logger logger = LoggerFactory.getLogger(ServingJob.class);

	private final ServingSettings settings;

	public ServingJob(ServingSettings settings) {
		this.settings = Objects.requireNonNull(settings, "settings");
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public JobResult run(JobContext context) {
		SparkSession spark = context.spark();
		Lake lake = context.lake();
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Elasticsearch elasticsearch = new Elasticsearch(this.settings)) {
			elasticsearch.bootstrap(List.of(ServingIndex.values()));
			BulkIndexer indexer = new BulkIndexer(elasticsearch, this.settings);
			for (ServingIndex index : ServingIndex.values()) {
				Dataset<Row> documents = documents(spark, lake, index).persist(StorageLevel.DISK_ONLY());
				try {
					Dataset<Row> state = ServingSources.state(spark, lake, index).cache();
					long stateCount = state.count();
					long inIndex = elasticsearch.count(index);
					boolean full = context.settings().full() || stateCount == 0 || inIndex != stateCount;
					Dataset<Row> changes = ServingTransforms.changes(documents, state, full).select("doc_id", "json");
					BulkIndexer.BulkReport report = indexer.send(index, changes.toLocalIterator());
					state.unpersist();
					if (report.failed() > 0) {
						throw new IllegalStateException("Elasticsearch refused %d of the documents sent to %s: %s"
							.formatted(report.failed(), index.alias(), report.failures()));
					}
					ServingSinks.replaceState(lake, index, documents, context.clock().instant());
					long total = elasticsearch.count(index);
					logger.info("index: {} {} ({}): {} indexed, {} deleted, {} documents now", index.alias(),
							full ? "rebuilt" : "updated",
							(inIndex != stateCount && stateCount > 0)
									? "the index held %d documents, the state %d".formatted(inIndex, stateCount) : "ok",
							report.indexed(), report.deleted(), total);
					counts.put(index.alias() + ".indexed", report.indexed());
					counts.put(index.alias() + ".deleted", report.deleted());
					counts.put(index.alias() + ".documents", total);
				}
				finally {
					documents.unpersist();
				}
			}
		}
		return new JobResult(NAME, Map.of(), counts);
	}

	/**
	 * The documents of an index, from the latest versions of the tables they come from.
	 */
	static Dataset<Row> documents(SparkSession spark, Lake lake, ServingIndex index) {
		return switch (index) {
			case CASES -> {
				Snapshot incidents = ServingSources.read(spark, lake, LakeTable.INCIDENTS);
				Snapshot checks = ServingSources.read(spark, lake, LakeTable.DEADLINE_CHECKS);
				Snapshot correlations = ServingSources.read(spark, lake, LakeTable.CORRELATIONS);
				Snapshot kev = ServingSources.read(spark, lake, LakeTable.KEV_MATCHES);
				yield ServingTransforms.caseDocuments(incidents.rows(), checks.rows(), correlations.rows(), kev.rows(),
						Snapshot.versionsColumn(List.of(incidents, checks, correlations, kev)));
			}
			case BULLETINS ->
				ServingTransforms.bulletinDocuments(ServingSources.read(spark, lake, LakeTable.BULLETINS).rows());
			case POSTURE ->
				ServingTransforms.postureDocuments(ServingSources.read(spark, lake, LakeTable.POSTURE).rows());
		};
	}

}
