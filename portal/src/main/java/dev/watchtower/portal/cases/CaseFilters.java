package dev.watchtower.portal.cases;

import java.time.ZoneId;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.watchtower.portal.security.Viewer;

/**
 * The case search's filter as an Elasticsearch query, for other features that aggregate
 * the cases index under exactly the same filter (the posture dashboard), so that a
 * drill-down from a chart opens the same cases.
 */
public final class CaseFilters {

	private CaseFilters() {
	}

	/**
	 * Text, period, facet selections and the viewer's regimes, all as filters.
	 * @param query the search
	 * @param viewer who asks; a viewer without regimes matches nothing
	 * @param zone the zone of the period's days
	 * @return the query
	 */
	public static Query of(CaseQuery query, Viewer viewer, ZoneId zone) {
		if (viewer.scope().isEmpty()) {
			return Query.of((q) -> q.matchNone((none) -> none));
		}
		return Query.of((q) -> q.bool((b) -> b.filter(CaseSearchRequests.base(query, viewer.scope(), zone))
			.filter(CaseSearchRequests.selections(query, null))));
	}

}
