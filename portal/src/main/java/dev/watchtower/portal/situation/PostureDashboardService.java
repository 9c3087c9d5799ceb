package dev.watchtower.portal.situation;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.watchtower.portal.base.ServingIndexes;
import dev.watchtower.portal.base.SourceDocument;
import dev.watchtower.portal.cases.CaseFilters;
import dev.watchtower.portal.security.Viewer;
import dev.watchtower.portal.situation.PostureDashboard.Bulletin;
import dev.watchtower.portal.situation.PostureDashboard.Cell;
import dev.watchtower.portal.situation.PostureDashboard.Count;
import dev.watchtower.portal.situation.PostureDashboard.Month;
import dev.watchtower.portal.situation.PostureDashboard.Spread;

import org.springframework.stereotype.Service;

/**
 * Computes the posture dashboard with one aggregation request over the cases index (trend
 * by month × level and × category, sector × category, provinces, late and under-graded
 * counts, most named vendors and CVEs with their spread over institutions) under the case
 * search's own filter, and reads the latest bulletins.
 */
@Service
public class PostureDashboardService {

	static final int TOP = 10;

	static final int BULLETINS = 6;

	private final ElasticsearchClient client;

	private final ServingIndexes indexes;

	private final Clock clock;

	PostureDashboardService(ElasticsearchClient client, ServingIndexes indexes, Clock clock) {
		this.client = client;
		this.indexes = indexes;
		this.clock = clock;
	}

	/**
	 * The dashboard for a filter.
	 * @param filter the filter
	 * @param viewer who asks (their regimes limit every figure)
	 * @return the figures
	 * @throws PostureUnavailableException when Elasticsearch cannot answer
	 */
	@SuppressWarnings("unchecked")
	public PostureDashboard dashboard(PostureFilter filter, Viewer viewer) {
		Query query = CaseFilters.of(filter.toCaseQuery(), viewer, this.clock.getZone());
		try {
			SearchResponse<Map<String, Object>> response = this.client.search(
					(s) -> s.index(this.indexes.cases())
						.ignoreUnavailable(true)
						.size(0)
						.trackTotalHits((t) -> t.enabled(true))
						.query(query)
						.aggregations("months",
								(a) -> a
									.dateHistogram((h) -> h.field("occurredAt")
										.calendarInterval(CalendarInterval.Month)
										.timeZone(this.clock.getZone().getId())
										.minDocCount(0))
									.aggregations("levels", (l) -> l.terms((t) -> t.field("computedLevel").size(5)))
									.aggregations("categories", (c) -> c.terms((t) -> t.field("category").size(TOP))))
						.aggregations("sectors",
								(a) -> a.terms((t) -> t.field("sector").size(20))
									.aggregations("categories", (c) -> c.terms((t) -> t.field("category").size(20))))
						.aggregations("provinces", (a) -> a.terms((t) -> t.field("province").size(40)))
						.aggregations("late", (a) -> a.filter((f) -> f.term((t) -> t.field("late").value(true))))
						.aggregations("underGraded",
								(a) -> a.filter((f) -> f.term((t) -> t.field("underGraded").value(true))))
						.aggregations("vendors", (a) -> a.terms((t) -> t.field("vendors").size(TOP))
							.aggregations("institutions", (c) -> c.cardinality((k) -> k.field("institutionCode"))))
						.aggregations("cves", (a) -> a.terms((t) -> t.field("cves").size(TOP))
							.aggregations("institutions", (c) -> c.cardinality((k) -> k.field("institutionCode")))),
					(Class<Map<String, Object>>) (Class<?>) Map.class);
			Map<String, Aggregate> aggregations = response.aggregations();
			long total = (response.hits().total() != null) ? response.hits().total().value() : 0;
			if (aggregations.isEmpty()) {
				return new PostureDashboard(filter, 0, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(),
						bulletins(filter));
			}
			return new PostureDashboard(filter, total, aggregations.get("late").filter().docCount(),
					aggregations.get("underGraded").filter().docCount(), months(aggregations.get("months")),
					heat(aggregations.get("sectors")), counts(aggregations.get("provinces")),
					spreads(aggregations.get("vendors")), spreads(aggregations.get("cves")), bulletins(filter));
		}
		catch (IOException | ElasticsearchException ex) {
			throw new PostureUnavailableException("Cannot aggregate %s for %s".formatted(this.indexes.cases(), filter),
					ex);
		}
	}

	private List<Month> months(Aggregate histogram) {
		List<Month> months = new ArrayList<>();
		histogram.dateHistogram().buckets().array().forEach((bucket) -> {
			YearMonth month = YearMonth.from(Instant.ofEpochMilli(bucket.key()).atZone(this.clock.getZone()));
			months.add(new Month(month, bucket.docCount(), byKey(bucket.aggregations().get("levels")),
					byKey(bucket.aggregations().get("categories"))));
		});
		return months;
	}

	private static List<Cell> heat(Aggregate sectors) {
		List<Cell> cells = new ArrayList<>();
		for (StringTermsBucket sector : sectors.sterms().buckets().array()) {
			for (StringTermsBucket category : sector.aggregations().get("categories").sterms().buckets().array()) {
				cells.add(new Cell(sector.key().stringValue(), category.key().stringValue(), category.docCount()));
			}
		}
		return cells;
	}

	private static List<Count> counts(Aggregate terms) {
		return terms.sterms()
			.buckets()
			.array()
			.stream()
			.map((bucket) -> new Count(bucket.key().stringValue(), bucket.docCount()))
			.toList();
	}

	private static List<Spread> spreads(Aggregate terms) {
		return terms.sterms()
			.buckets()
			.array()
			.stream()
			.map((bucket) -> new Spread(bucket.key().stringValue(), bucket.docCount(),
					bucket.aggregations().get("institutions").cardinality().value()))
			.toList();
	}

	private static Map<String, Long> byKey(Aggregate terms) {
		Map<String, Long> counts = new LinkedHashMap<>();
		terms.sterms().buckets().array().forEach((bucket) -> counts.put(bucket.key().stringValue(), bucket.docCount()));
		return counts;
	}

	@SuppressWarnings("unchecked")
	private List<Bulletin> bulletins(PostureFilter filter) throws IOException {
		List<Query> filters = new ArrayList<>();
		if (!filter.sectors().isEmpty()) {
			List<FieldValue> sectors = filter.sectors().stream().map(FieldValue::of).toList();
			filters.add(Query.of((q) -> q.terms((t) -> t.field("sectors").terms((v) -> v.value(sectors)))));
		}
		if (!filter.levels().isEmpty()) {
			List<FieldValue> levels = filter.levels().stream().map(FieldValue::of).toList();
			filters.add(Query.of((q) -> q.terms((t) -> t.field("level").terms((v) -> v.value(levels)))));
		}
		SearchResponse<Map<String, Object>> response = this.client.search(
				(s) -> s.index(this.indexes.bulletins())
					.ignoreUnavailable(true)
					.size(BULLETINS)
					.query((q) -> q.bool((b) -> b.filter(filters)))
					.sort((sort) -> sort.field((f) -> f.field("asOf").order(SortOrder.Desc))),
				(Class<Map<String, Object>>) (Class<?>) Map.class);
		return response.hits().hits().stream().map((hit) -> {
			SourceDocument doc = SourceDocument.of(hit.source());
			return new Bulletin(doc.text("bulletinId", hit.id()), doc.text("kind", ""), doc.text("title", ""),
					doc.text("level"), doc.instant("asOf"));
		}).toList();
	}

}
