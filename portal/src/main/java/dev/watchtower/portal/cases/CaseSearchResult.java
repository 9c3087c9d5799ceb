package dev.watchtower.portal.cases;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A page of a case search with its facet counts.
 *
 * @param query the query that was run
 * @param total matching cases
 * @param hits this page
 * @param facets counts per shown facet
 * @param nextCursor the cursor of the next page, {@code null} on the last page
 * @param tookMillis time Elasticsearch reported
 */
public record CaseSearchResult(CaseQuery query, long total, List<CaseHit> hits, Map<CaseFacet, List<FacetCount>> facets,
		@Nullable String nextCursor, long tookMillis) {

	public CaseSearchResult {
		Objects.requireNonNull(query, "query must not be null");
		hits = List.copyOf(hits);
		EnumMap<CaseFacet, List<FacetCount>> copy = new EnumMap<>(CaseFacet.class);
		facets.forEach((facet, counts) -> copy.put(facet, List.copyOf(counts)));
		facets = java.util.Collections.unmodifiableMap(copy);
	}

	/**
	 * Nothing found (also the answer for a viewer without any regime in scope).
	 * @param query the query
	 * @return the empty result
	 */
	static CaseSearchResult empty(CaseQuery query) {
		return new CaseSearchResult(query, 0, List.of(), Map.of(), null, 0);
	}

	/**
	 * The cursor of the next page.
	 * @return the cursor, empty on the last page
	 */
	public Optional<String> next() {
		return Optional.ofNullable(this.nextCursor);
	}

	/**
	 * The counts of one facet.
	 * @param facet the facet
	 * @return its values, empty when not counted
	 */
	public List<FacetCount> counts(CaseFacet facet) {
		return this.facets.getOrDefault(facet, List.of());
	}

}
