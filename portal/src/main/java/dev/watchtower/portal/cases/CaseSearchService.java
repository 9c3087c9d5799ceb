package dev.watchtower.portal.cases;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.watchtower.portal.base.ServingIndexes;
import dev.watchtower.portal.base.SourceDocument;
import dev.watchtower.portal.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The case search: one query box, facets with counts, highlights, sorts and deep paging
 * over the cases index, always limited to the viewer's regimes. The UI, the REST API and
 * the search benchmark all go through here.
 */
@Service
public class CaseSearchService {

	/** Largest page a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 200;

	private final ElasticsearchClient client;

	private final String index;

	private final ZoneId zone;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseSearchService(ElasticsearchClient client, ServingIndexes indexes, Clock clock,
			ApplicationEventPublisher events) {
		this.client = client;
		this.index = indexes.cases();
		this.zone = clock.getZone();
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Runs a search for a viewer.
	 * @param query what to look for
	 * @param viewer who asks (their regimes limit the result)
	 * @param pageSize hits per page, 1 to {@value #MAX_PAGE_SIZE}
	 * @return the page and the facet counts
	 * @throws CaseSearchUnavailableException when Elasticsearch cannot answer
	 */
	public CaseSearchResult search(CaseQuery query, Viewer viewer, int pageSize) {
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException(
					"Page size must be between 1 and %d, got %d".formatted(MAX_PAGE_SIZE, pageSize));
		}
		CaseSearchResult result = viewer.scope().isEmpty() ? CaseSearchResult.empty(query)
				: run(query, viewer, pageSize);
		this.events.publishEvent(
				new CasesSearched(viewer.name(), query.toQueryString(), result.total(), this.clock.instant()));
		return result;
	}

	@SuppressWarnings("unchecked")
	private CaseSearchResult run(CaseQuery query, Viewer viewer, int pageSize) {
		try {
			SearchResponse<Map<String, Object>> response = this.client.search(
					CaseSearchRequests.page(this.index, query, viewer.scope(), this.zone, pageSize),
					(Class<Map<String, Object>>) (Class<?>) Map.class);
			List<CaseHit> hits = new ArrayList<>();
			for (Hit<Map<String, Object>> hit : response.hits().hits()) {
				hits.add(hit(hit));
			}
			List<Hit<Map<String, Object>>> all = response.hits().hits();
			String next = (all.size() == pageSize) ? PageCursor.encode(all.get(all.size() - 1).sort()) : null;
			long total = (response.hits().total() != null) ? response.hits().total().value() : hits.size();
			return new CaseSearchResult(query, total, hits, facets(query, response.aggregations()), next,
					response.took());
		}
		catch (IOException | ElasticsearchException ex) {
			throw new CaseSearchUnavailableException(
					"Cannot search the cases index %s for '%s'".formatted(this.index, query.toQueryString()), ex);
		}
	}

	static CaseHit hit(Hit<Map<String, Object>> hit) {
		SourceDocument source = SourceDocument.of(hit.source());
		Map<String, List<String>> highlights = hit.highlight();
		String snippet = first(highlights.get("narrative"));
		if (snippet == null) {
			snippet = first(highlights.get("measures"));
		}
		return new CaseHit(source.text("caseId", hit.id()), source.text("title", ""),
				source.text("institutionCode", ""), source.text("institutionName", ""), source.text("sector", ""),
				source.text("province", ""), source.texts("regimes"), source.text("category", ""),
				source.text("computedLevel"), source.text("selfAssessedLevel"), source.instant("occurredAt"),
				source.text("status", ""), source.flag("late"), source.flag("underGraded"),
				first(highlights.get("title")), snippet);
	}

	private static Map<CaseFacet, List<FacetCount>> facets(CaseQuery query, Map<String, Aggregate> aggregations) {
		Map<CaseFacet, List<FacetCount>> facets = new EnumMap<>(CaseFacet.class);
		for (CaseFacet facet : CaseFacet.values()) {
			Aggregate values = values(aggregations, facet);
			if (values == null) {
				continue;
			}
			Set<String> selected = query.selected(facet);
			List<FacetCount> counts = new ArrayList<>();
			if (values.isSterms()) {
				values.sterms()
					.buckets()
					.array()
					.forEach((bucket) -> counts.add(new FacetCount(bucket.key().stringValue(), bucket.docCount(),
							selected.contains(bucket.key().stringValue()))));
			}
			else if (values.isLterms()) {
				values.lterms().buckets().array().forEach((bucket) -> {
					String key = (bucket.keyAsString() != null) ? bucket.keyAsString() : String.valueOf(bucket.key());
					counts.add(new FacetCount(key, bucket.docCount(), selected.contains(key)));
				});
			}
			for (String value : selected) {
				if (counts.stream().noneMatch((count) -> count.value().equals(value))) {
					counts.add(new FacetCount(value, 0, true));
				}
			}
			facets.put(facet, counts);
		}
		return facets;
	}

	private static @Nullable Aggregate values(Map<String, Aggregate> aggregations, CaseFacet facet) {
		Aggregate own = aggregations.get(facet.parameter());
		if (own != null) {
			return own.filter().aggregations().get("values");
		}
		Aggregate shared = aggregations.get(CaseSearchRequests.UNSELECTED);
		return (shared != null) ? shared.filter().aggregations().get(facet.parameter()) : null;
	}

	/**
	 * Joins the single-character marks the standard analyzer produces for Chinese
	 * ({@code <mark>数</mark><mark>据</mark>} becomes {@code <mark>数据</mark>}).
	 */
	static @Nullable String first(@Nullable List<String> fragments) {
		return (fragments == null || fragments.isEmpty()) ? null : fragments.get(0).replace("</mark><mark>", "");
	}

}
