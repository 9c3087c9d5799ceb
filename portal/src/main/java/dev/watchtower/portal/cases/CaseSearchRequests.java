package dev.watchtower.portal.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.portal.security.RegimeScope;
import org.jspecify.annotations.Nullable;

/**
 * Builds the Elasticsearch requests of the case search. The text, the viewer's regime
 * scope and the period go into the query; facet selections go into the
 * {@code post_filter}, and each facet's counts are computed under the selections of the
 * other facets only, so choosing 重大 does not hide the other levels' counts.
 * <p>
 * Three things keep a search cheap on millions of cases (measured in
 * {@code portal/BENCHMARKS.md}): the text is matched on one field that holds all the
 * searched texts ({@link CaseText#matching}); it is matched in filter context, which
 * Elasticsearch caches for texts searched often, and scored over the separate fields by
 * an optional clause evaluated only for the hits a page can show; and the query drops the
 * cases no facet can count ({@link #countable}) before the facet aggregations look at
 * them.
 */
final class CaseSearchRequests {

	/** Fields a result row needs; the long texts stay on the server. */
	static final List<String> SUMMARY_FIELDS = List.of("caseId", "title", "institutionCode", "institutionName",
			"sector", "province", "regimes", "category", "computedLevel", "selfAssessedLevel", "occurredAt", "status",
			"late", "underGraded");

	/** Name of the aggregation that counts the facets without a selection. */
	static final String UNSELECTED = "_unselected";

	private CaseSearchRequests() {
	}

	/**
	 * A page of results with facets and highlights.
	 */
	static SearchRequest page(String index, CaseQuery query, RegimeScope scope, ZoneId zone, int size) {
		return SearchRequest.of((s) -> {
			Query ranked = ranked(query, scope, zone);
			Query countable = countable(query);
			s.index(index)
				.query((countable != null) ? Query.of((q) -> q.bool((b) -> b.must(ranked).filter(countable))) : ranked)
				.postFilter(selections(query, null))
				.size(size)
				.trackTotalHits((t) -> t.enabled(true))
				.source((source) -> source.filter((f) -> f.includes(SUMMARY_FIELDS)))
				.sort(sort(query.sort()))
				.highlight((h) -> h.encoder(HighlighterEncoder.Html)
					.preTags("<mark>")
					.postTags("</mark>")
					.requireFieldMatch(true)
					.fields("title",
							(f) -> f.highlightQuery(CaseText.highlight(query.text(), "title")).numberOfFragments(0))
					.fields("narrative",
							(f) -> f.highlightQuery(CaseText.highlight(query.text(), "narrative"))
								.fragmentSize(160)
								.numberOfFragments(1))
					.fields("measures",
							(f) -> f.highlightQuery(CaseText.highlight(query.text(), "measures"))
								.fragmentSize(160)
								.numberOfFragments(1)));
			facets(query).forEach(s::aggregations);
			if (query.after() != null) {
				s.searchAfter(PageCursor.decode(query.after()));
			}
			return s;
		});
	}

	/**
	 * A batch of an export: every filter in the query, no facets, no highlights.
	 */
	static SearchRequest batch(String index, CaseQuery query, RegimeScope scope, ZoneId zone, int size,
			List<String> fields, @Nullable List<FieldValue> after) {
		return SearchRequest.of((s) -> {
			s.index(index)
				.query((q) -> q.bool((b) -> b.must(ranked(query, scope, zone)).filter(selections(query, null))))
				.size(size)
				.trackTotalHits((t) -> t.enabled(false))
				.source((source) -> source.filter((f) -> f.includes(fields)))
				.sort(sort(query.sort()));
			if (after != null) {
				s.searchAfter(after);
			}
			return s;
		});
	}

	/**
	 * The base query, scored for the order: for {@link CaseSort#LEVEL} the score is the
	 * computed level's severity from the ingestion model plus one (5 … 2; 1 unknown), so
	 * that the order needs no script (the Maven Central Elasticsearch has no Painless
	 * module).
	 */
	static Query ranked(CaseQuery query, RegimeScope scope, ZoneId zone) {
		Query base = base(query, scope, zone);
		if (query.sort() != CaseSort.LEVEL) {
			return base;
		}
		List<FunctionScore> severities = Arrays.stream(IncidentLevel.values())
			.map((level) -> FunctionScore
				.of((f) -> f.filter((q) -> q.term((t) -> t.field("computedLevel").value(level.name())))
					.weight(level.severity() + 1.0)))
			.toList();
		return Query.of((q) -> q.functionScore((fs) -> fs.query(base)
			.functions(severities)
			.scoreMode(FunctionScoreMode.First)
			.boostMode(FunctionBoostMode.Replace)));
	}

	/**
	 * The text, the viewer's scope and the period: what every count is taken over. The
	 * text must match as a filter on the field that holds all the searched texts
	 * (cacheable, no scores) and scores as an optional clause over the separate fields,
	 * which Elasticsearch evaluates only for the cases whose score is asked for (the hits
	 * that pass the facet selections) and not at all when the order needs no score.
	 */
	static Query base(CaseQuery query, RegimeScope scope, ZoneId zone) {
		List<Query> filters = new ArrayList<>();
		if (!scope.all()) {
			filters.add(terms("regimes", Set.copyOf(scope.regimeNames())));
		}
		if (query.from() != null || query.to() != null) {
			filters.add(Query.of((q) -> q.range((r) -> r.date((d) -> {
				d.field("occurredAt").format("strict_date_optional_time");
				if (query.from() != null) {
					d.gte(start(query.from(), zone).toString());
				}
				if (query.to() != null) {
					d.lt(start(query.to().plusDays(1), zone).toString());
				}
				return d;
			}))));
		}
		Query matching = CaseText.matching(query.text());
		Query relevance = CaseText.query(query.text());
		return Query.of((q) -> q.bool((b) -> b.filter(matching).filter(filters).should(relevance)));
	}

	/**
	 * The cases some facet count can include: every selection of a facet without counts
	 * (vendor, CVE, institution) and all but at most one of the facets with counts (a
	 * facet with a selection counts under the other facets' selections). Adding it to the
	 * query changes no count and no hit, and spares the aggregations every case that
	 * misses two selections or more: with four selections, nearly all cases matching the
	 * text.
	 * @return the filter, or {@code null} when it would keep every case
	 */
	static @Nullable Query countable(CaseQuery query) {
		List<Query> required = new ArrayList<>();
		List<Query> counted = new ArrayList<>();
		query.filters()
			.forEach((facet, values) -> (facet.shown() ? counted : required).add(terms(facet.field(), values)));
		if (counted.size() > 1) {
			required.add(Query
				.of((q) -> q.bool((b) -> b.should(counted).minimumShouldMatch(String.valueOf(counted.size() - 1)))));
		}
		return required.isEmpty() ? null : Query.of((q) -> q.bool((b) -> b.filter(required)));
	}

	/**
	 * The facet selections, all of them or all but one.
	 * @param except the facet whose own selection is left out, or {@code null}
	 */
	static Query selections(CaseQuery query, @Nullable CaseFacet except) {
		List<Query> filters = new ArrayList<>();
		query.filters().forEach((facet, values) -> {
			if (facet != except) {
				filters.add(terms(facet.field(), values));
			}
		});
		return Query.of((q) -> q.bool((b) -> b.filter(filters)));
	}

	static Query terms(String field, Set<String> values) {
		List<FieldValue> terms = values.stream().sorted().map(FieldValue::of).toList();
		return Query.of((q) -> q.terms((t) -> t.field(field).terms((v) -> v.value(terms))));
	}

	static List<SortOptions> sort(CaseSort sort) {
		SortOptions newest = SortOptions.of((s) -> s.field((f) -> f.field("occurredAt").order(SortOrder.Desc)));
		SortOptions caseId = SortOptions.of((s) -> s.field((f) -> f.field("caseId").order(SortOrder.Asc)));
		return switch (sort) {
			case RELEVANCE ->
				List.of(SortOptions.of((s) -> s.score((score) -> score.order(SortOrder.Desc))), newest, caseId);
			case NEWEST -> List.of(newest, caseId);
			case OLDEST ->
				List.of(SortOptions.of((s) -> s.field((f) -> f.field("occurredAt").order(SortOrder.Asc))), caseId);
			case LEVEL ->
				List.of(SortOptions.of((s) -> s.score((score) -> score.order(SortOrder.Desc))), newest, caseId);
		};
	}

	/**
	 * The facet counts. A facet with a selection counts under the other facets'
	 * selections (its own filter aggregation); all facets without a selection count under
	 * the same filter, every selection, so they share one filter aggregation
	 * ({@value #UNSELECTED}) and the filter is evaluated once per matching case, not once
	 * per facet.
	 */
	static java.util.Map<String, Aggregation> facets(CaseQuery query) {
		java.util.Map<String, Aggregation> aggregations = new java.util.LinkedHashMap<>();
		java.util.Map<String, Aggregation> unselected = new java.util.LinkedHashMap<>();
		for (CaseFacet facet : CaseFacet.values()) {
			if (!facet.shown()) {
				continue;
			}
			if (query.selected(facet).isEmpty()) {
				unselected.put(facet.parameter(),
						Aggregation.of((a) -> a.terms((t) -> t.field(facet.field()).size(facet.size()))));
			}
			else {
				aggregations.put(facet.parameter(), facetCounts(query, facet));
			}
		}
		if (!unselected.isEmpty()) {
			aggregations.put(UNSELECTED,
					Aggregation.of((a) -> a.filter(selections(query, null)).aggregations(unselected)));
		}
		return aggregations;
	}

	private static Aggregation facetCounts(CaseQuery query, CaseFacet facet) {
		return Aggregation.of((a) -> a.filter(selections(query, facet))
			.aggregations("values", (values) -> values.terms((t) -> t.field(facet.field()).size(facet.size()))));
	}

	private static Instant start(java.time.LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}

}
