package dev.watchtower.portal.cases;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.watchtower.portal.base.ServingIndexes;
import dev.watchtower.portal.security.Viewer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Reads one case and the cases related to it. A case outside the viewer's regimes is
 * answered exactly like a missing one.
 */
@Service
public class CaseDetailService {

	static final int RELATED = 10;

	private final ElasticsearchClient client;

	private final String index;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseDetailService(ElasticsearchClient client, ServingIndexes indexes, ApplicationEventPublisher events,
			Clock clock) {
		this.client = client;
		this.index = indexes.cases();
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Reads a case.
	 * @param caseId the case id
	 * @param viewer who asks
	 * @return the case, empty when it does not exist or is outside the viewer's regimes
	 */
	@SuppressWarnings("unchecked")
	public Optional<CaseDetail> find(String caseId, Viewer viewer) {
		Optional<CaseDetail> detail = Optional.empty();
		if (!viewer.scope().isEmpty()) {
			try {
				SearchResponse<Map<String, Object>> response = this.client.search((s) -> s.index(this.index)
					.query(inScope(viewer, Query.of((q) -> q.term((t) -> t.field("caseId").value(caseId)))))
					.size(1), (Class<Map<String, Object>>) (Class<?>) Map.class);
				detail = response.hits()
					.hits()
					.stream()
					.findFirst()
					.map((hit) -> CaseDocuments.detail(caseId, hit.source()));
			}
			catch (IOException | ElasticsearchException ex) {
				throw new CaseSearchUnavailableException("Cannot read case %s from %s".formatted(caseId, this.index),
						ex);
			}
		}
		this.events.publishEvent(new CaseViewed(viewer.name(), caseId, detail.isPresent(), this.clock.instant()));
		return detail;
	}

	/**
	 * Cases linked to a case.
	 * @param detail the case
	 * @param viewer who asks
	 * @return the related cases within the viewer's regimes
	 */
	public RelatedCases related(CaseDetail detail, Viewer viewer) {
		return new RelatedCases(matching(detail, viewer, "caseId", Set.copyOf(detail.relatedCaseIds())),
				matching(detail, viewer, "vendors", Set.copyOf(detail.vendors())),
				matching(detail, viewer, "cves", Set.copyOf(detail.cves())),
				matching(detail, viewer, "institutionCode", Set.of(detail.summary().institutionCode())));
	}

	@SuppressWarnings("unchecked")
	private List<CaseHit> matching(CaseDetail detail, Viewer viewer, String field, Set<String> values) {
		if (values.isEmpty() || viewer.scope().isEmpty()) {
			return List.of();
		}
		Query linked = Query.of((q) -> q.bool((b) -> b.filter(CaseSearchRequests.terms(field, values))
			.mustNot((not) -> not.term((t) -> t.field("caseId").value(detail.caseId())))));
		try {
			SearchResponse<Map<String, Object>> response = this.client.search(
					(s) -> s.index(this.index)
						.query(inScope(viewer, linked))
						.size(RELATED)
						.source((source) -> source.filter((f) -> f.includes(CaseSearchRequests.SUMMARY_FIELDS)))
						.sort((sort) -> sort.field((f) -> f.field("occurredAt").order(SortOrder.Desc))),
					(Class<Map<String, Object>>) (Class<?>) Map.class);
			return response.hits()
				.hits()
				.stream()
				.map((Hit<Map<String, Object>> hit) -> CaseSearchService.hit(hit))
				.toList();
		}
		catch (IOException | ElasticsearchException ex) {
			throw new CaseSearchUnavailableException(
					"Cannot read cases related to %s by %s".formatted(detail.caseId(), field), ex);
		}
	}

	private static Query inScope(Viewer viewer, Query query) {
		if (viewer.scope().all()) {
			return query;
		}
		return Query.of((q) -> q.bool((b) -> b.filter(query)
			.filter(CaseSearchRequests.terms("regimes", Set.copyOf(viewer.scope().regimeNames())))));
	}

}
