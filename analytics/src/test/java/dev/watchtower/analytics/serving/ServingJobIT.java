package dev.watchtower.analytics.serving;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import dev.watchtower.analytics.GoldFixture;
import dev.watchtower.analytics.TestSpark;
import dev.watchtower.analytics.deadlines.DeadlinesJob;
import dev.watchtower.analytics.incidents.IncidentsJob;
import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.run.JobResult;
import dev.watchtower.infra.ServiceEndpoints;
import dev.watchtower.infra.testing.WatchtowerServicesExtension;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.watchtower.analytics.GoldFixture.AS_OF;
import static dev.watchtower.analytics.GoldFixture.B1;
import static dev.watchtower.analytics.GoldFixture.B2;
import static dev.watchtower.analytics.GoldFixture.IVANTI_CVE;
import static dev.watchtower.analytics.GoldFixture.S1;
import static dev.watchtower.analytics.lake.SilverFixtures.append;
import static dev.watchtower.analytics.lake.SilverFixtures.report;
import static dev.watchtower.analytics.lake.SilverFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The serving layer against the real Elasticsearch of the build (the shared services
 * extension) and the index templates of {@code infra/elasticsearch/}. The tests run in
 * order: a first full indexing, a rerun, a change, a refused document.
 */
@ExtendWith(WatchtowerServicesExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServingJobIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path folder;

	static Path lake;

	static SparkSession spark;

	static ServingSettings settings;

	static Elasticsearch elasticsearch;

	@BeforeAll
	static void prepare(ServiceEndpoints endpoints) throws Exception {
		spark = TestSpark.session();
		lake = GoldFixture.preparedLake(folder);
		settings = ServingSettings.of(endpoints.elasticsearchUrl());
		elasticsearch = new Elasticsearch(settings);
		for (ServingIndex index : ServingIndex.values()) {
			elasticsearch.rest()
				.performRequest(new Request("DELETE", "/" + index.index() + "?ignore_unavailable=true"));
		}
	}

	@AfterAll
	static void close() {
		elasticsearch.close();
	}

	static JobResult index(boolean full) {
		return new ServingJob(settings).run(TestSpark.context(lake, AS_OF, full));
	}

	static JsonNode search(ServingIndex index, String query) throws Exception {
		Request request = new Request("GET", "/" + index.alias() + "/_search");
		request.setJsonEntity(query);
		return JSON.readTree(elasticsearch.rest().performRequest(request).getEntity().getContent());
	}

	@Test
	@Order(1)
	void indexes_one_document_per_case_bulletin_and_posture_day_cell() throws Exception {
		// when
		JobResult result = index(false);

		// then
		long dayCells = spark.read()
			.format("delta")
			.load(Lake.at(lake).location(LakeTable.POSTURE))
			.where("period_kind = 'DAY'")
			.count();
		assertThat(result.counts()).containsEntry("watchtower-cases.documents", 12L)
			.containsEntry("watchtower-bulletins.documents", 3L)
			.containsEntry("watchtower-posture.documents", dayCells);
		JsonNode hit = search(ServingIndex.CASES, "{\"query\":{\"ids\":{\"values\":[\"" + B1 + ":B1-NA-1\"]}}}")
			.path("hits")
			.path("hits")
			.get(0);
		JsonNode source = hit.path("_source");
		assertThat(source.path("kevCves").toString()).isEqualTo("[\"" + IVANTI_CVE + "\"]");
		assertThat(source.path("correlationIds")).hasSize(3);
		assertThat(source.path("relatedCaseIds").toString()).contains(B2 + ":B2-NA-1", S1 + ":S1-NA",
				B1 + ":B1-NA-DEC");
		assertThat(source.path("clocks")).hasSize(2);
		assertThat(source.path("clocks").get(0).path("ruleId").asString()).isEqualTo("NFRA-69-REPORT");
		assertThat(source.path("clocks").get(0).path("verdict").asString()).isEqualTo("ON_TIME");
		assertThat(source.path("timeline").get(0).path("stage").asString()).isEqualTo("INITIAL");
		assertThat(source.path("timeline").get(0).path("dueAt").asString()).startsWith("2026-03-05T11:00:00.000+08:00");
		assertThat(source.path("sourceVersions").has("silver/incidents")).isTrue();
		JsonNode late = search(ServingIndex.CASES, "{\"query\":{\"term\":{\"late\":true}}}");
		assertThat(late.path("hits").path("total").path("value").asLong()).isEqualTo(3L);
	}

	@Test
	@Order(2)
	void finds_a_case_by_a_chinese_phrase() throws Exception {
		// when
		JsonNode phrase = search(ServingIndex.CASES, "{\"query\":{\"match_phrase\":{\"institutionName\":\"测试证券\"}}}");
		JsonNode reversed = search(ServingIndex.CASES, "{\"query\":{\"match_phrase\":{\"institutionName\":\"证券测试\"}}}");
		JsonNode narrative = search(ServingIndex.CASES, "{\"query\":{\"match_phrase\":{\"narrative\":\"数据库故障\"}}}");

		// then
		assertThat(phrase.path("hits").path("hits")).hasSize(1);
		assertThat(phrase.path("hits").path("hits").get(0).path("_id").asString()).isEqualTo(S1 + ":S1-NA");
		assertThat(reversed.path("hits").path("total").path("value").asLong()).isZero();
		assertThat(narrative.path("hits").path("total").path("value").asLong()).isEqualTo(12L);
	}

	@Test
	@Order(3)
	void a_rerun_without_changes_sends_nothing() {
		// when
		JobResult result = index(false);

		// then
		assertThat(result.counts()).containsEntry("watchtower-cases.indexed", 0L)
			.containsEntry("watchtower-bulletins.indexed", 0L)
			.containsEntry("watchtower-posture.indexed", 0L)
			.containsEntry("watchtower-cases.documents", 12L);
	}

	@Test
	@Order(4)
	void after_a_new_report_only_its_case_is_sent_again() throws Exception {
		// given a closing report for B1-NA-1
		append(spark, lake, LakeTable.INCIDENT_REPORTS,
				rows(report(B1, "B1-NA-1", "FINAL").withName("测试银行B1")
					.withCategory("NA", "ATTACK")
					.withTimes("2026-03-05T09:00", "2026-03-05T09:20", "2026-03-09T10:00")
					.withRecoveredAt("2026-03-05T13:00")
					.withReceivedAt("2026-03-10T09:00")));
		new IncidentsJob().run(TestSpark.context(lake, AS_OF, false));
		new DeadlinesJob().run(TestSpark.context(lake, AS_OF, false));

		// when
		JobResult result = index(false);

		// then
		assertThat(result.counts()).containsEntry("watchtower-cases.indexed", 1L)
			.containsEntry("watchtower-cases.documents", 12L);
		JsonNode closed = search(ServingIndex.CASES, "{\"query\":{\"term\":{\"status\":\"CLOSED\"}}}");
		assertThat(closed.path("hits").path("total").path("value").asLong()).isEqualTo(2L);
	}

	@Test
	@Order(5)
	void reports_a_refused_document_with_its_id_and_reason() {
		// given a document the strict mapping refuses
		Iterator<Row> documents = List
			.of(RowFactory.create("bad-case", "{\"caseId\":\"bad-case\",\"notInTheMapping\":1}"))
			.iterator();

		// when
		BulkIndexer.BulkReport report = new BulkIndexer(elasticsearch, settings).send(ServingIndex.CASES, documents);

		// then
		assertThat(report.failed()).isEqualTo(1L);
		assertThat(report.failures()).singleElement()
			.asString()
			.contains("bad-case")
			.contains("strict_dynamic_mapping_exception");
	}

	@Test
	@Order(6)
	void an_index_made_from_an_older_mapping_fails_the_run_with_what_to_do() throws Exception {
		// given the cases index as an older template made it: titles not copied into the
		// searched text, a mapping Elasticsearch would extend in place (adding the copy)
		// while every existing document stayed without it
		// (made without today's template, which the run applies again before it checks)
		elasticsearch.rest().performRequest(new Request("DELETE", "/" + ServingIndex.CASES.index()));
		elasticsearch.rest().performRequest(new Request("DELETE", "/_index_template/watchtower-cases"));
		Request create = new Request("PUT", "/" + ServingIndex.CASES.index());
		create.setJsonEntity("""
				{"aliases":{"watchtower-cases":{}},
				 "settings":{"analysis":{"analyzer":{"watchtower_text":{"type":"standard"}}}},
				 "mappings":{"properties":{"title":{"type":"text","analyzer":"watchtower_text"}}}}""");
		elasticsearch.rest().performRequest(create);

		try {
			// when, then
			assertThatIllegalStateException().isThrownBy(() -> index(false))
				.withMessageContaining("was created from an older mapping")
				.withMessageContaining("document generation 0")
				.withMessageContaining("run index --full");
		}
		finally {
			elasticsearch.rest().performRequest(new Request("DELETE", "/" + ServingIndex.CASES.index()));
		}
	}

}
