package dev.watchtower.portal.institution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.watchtower.portal.base.ServingIndexes;
import dev.watchtower.portal.base.SourceDocument;
import dev.watchtower.portal.institution.InstitutionProfile.AnnualReportSummary;
import dev.watchtower.portal.institution.InstitutionProfile.ScoreFactor;
import dev.watchtower.portal.security.RegimeScope;
import dev.watchtower.portal.security.Viewer;

import org.springframework.stereotype.Service;

/**
 * Reads institutions: the institution document analytics writes (profile, score, annual
 * reports), the institution's cases and the bulletins naming it. Counts and lists are
 * limited to the viewer's regimes; an institution with nothing in scope is not found.
 */
@Service
public class InstitutionDirectory {

	private final ElasticsearchClient client;

	private final ServingIndexes indexes;

	InstitutionDirectory(ElasticsearchClient client, ServingIndexes indexes) {
		this.client = client;
		this.indexes = indexes;
	}

	/**
	 * The profile of an institution.
	 * @param code its unified social credit code
	 * @param viewer who asks
	 * @return the profile; empty when unknown or outside the viewer's regimes
	 */
	public Optional<InstitutionProfile> profile(String code, Viewer viewer) {
		RegimeScope scope = viewer.scope();
		if (scope.isEmpty()) {
			return Optional.empty();
		}
		Query cases = inScope(scope, term("institutionCode", code));
		SearchResponse<Map<String, Object>> stats = search(this.indexes.cases(),
				(s) -> s.query(cases)
					.size(1)
					.trackTotalHits((t) -> t.enabled(true))
					.sort((sort) -> sort.field((f) -> f.field("occurredAt").order(SortOrder.Desc)))
					.aggregations("late", (a) -> a.filter(term("late", "true")))
					.aggregations("underGraded", (a) -> a.filter(term("underGraded", "true")))
					.aggregations("first", (a) -> a.min((m) -> m.field("firstReportedAt")))
					.aggregations("last", (a) -> a.max((m) -> m.field("lastReportedAt"))));
		long incidents = (stats.hits().total() != null) ? stats.hits().total().value() : 0;
		Optional<SourceDocument> document = search(this.indexes.institutions(),
				(s) -> s.query(term("institutionCode", code)).size(1))
			.hits()
			.hits()
			.stream()
			.findFirst()
			.map((hit) -> SourceDocument.of(hit.source()))
			.filter((doc) -> incidents > 0 || scope.permits(doc.texts("regimes")));
		if (document.isEmpty() && incidents == 0) {
			return Optional.empty();
		}
		SourceDocument latestCase = stats.hits()
			.hits()
			.stream()
			.findFirst()
			.map((hit) -> SourceDocument.of(hit.source()))
			.orElse(SourceDocument.of(Map.of()));
		SourceDocument profile = document.orElse(latestCase);
		double late = (incidents > 0) ? stats.aggregations().get("late").filter().docCount() / (double) incidents : 0;
		double under = (incidents > 0)
				? stats.aggregations().get("underGraded").filter().docCount() / (double) incidents : 0;
		return Optional.of(new InstitutionProfile(code, profile.text("institutionName", code),
				profile.text("sector", ""), profile.text("province", ""), profile.texts("regimes"),
				document.map((doc) -> doc.instant("firstFiledAt")).orElse(bound(stats, "first")),
				document.map((doc) -> doc.instant("lastFiledAt")).orElse(bound(stats, "last")), incidents, late, under,
				document.map((doc) -> doc.decimal("score")).orElse(null),
				document.map((doc) -> doc.text("scoreBand")).orElse(null),
				document.map(InstitutionDirectory::factors).orElse(List.of()),
				document.map((doc) -> annualReports(doc, scope)).orElse(List.of()),
				document.map((doc) -> doc.instant("asOf")).orElse(null)));
	}

	/**
	 * An institution's incidents, newest first.
	 * @param code the institution
	 * @param viewer who asks
	 * @param limit most incidents to return
	 * @return the incidents in the viewer's regimes
	 */
	public List<InstitutionIncident> incidents(String code, Viewer viewer, int limit) {
		if (viewer.scope().isEmpty()) {
			return List.of();
		}
		return search(this.indexes.cases(),
				(s) -> s.query(inScope(viewer.scope(), term("institutionCode", code)))
					.size(limit)
					.sort((sort) -> sort.field((f) -> f.field("occurredAt").order(SortOrder.Desc))))
			.hits()
			.hits()
			.stream()
			.map((hit) -> {
				SourceDocument doc = SourceDocument.of(hit.source());
				return new InstitutionIncident(doc.text("caseId", hit.id()), doc.text("title", ""),
						doc.instant("occurredAt"), doc.text("computedLevel"), doc.text("selfAssessedLevel"),
						doc.text("status", ""), doc.flag("late"), doc.flag("underGraded"), doc.texts("regimes"));
			})
			.toList();
	}

	/**
	 * Bulletins naming an institution, newest first.
	 * @param code the institution
	 * @param limit most bulletins to return
	 * @return the bulletins
	 */
	public List<InstitutionBulletin> bulletins(String code, int limit) {
		return search(this.indexes.bulletins(),
				(s) -> s.query(term("institutionCodes", code))
					.size(limit)
					.sort((sort) -> sort.field((f) -> f.field("asOf").order(SortOrder.Desc))))
			.hits()
			.hits()
			.stream()
			.map((hit) -> {
				SourceDocument doc = SourceDocument.of(hit.source());
				return new InstitutionBulletin(doc.text("bulletinId", hit.id()), doc.text("kind", ""),
						doc.text("title", ""), doc.text("level"), doc.instant("asOf"));
			})
			.toList();
	}

	private static java.time.@org.jspecify.annotations.Nullable Instant bound(SearchResponse<Map<String, Object>> stats,
			String name) {
		var aggregate = stats.aggregations().get(name);
		if (aggregate == null) {
			return null;
		}
		Double millis = aggregate.isMin() ? aggregate.min().value() : aggregate.max().value();
		return (millis != null && Double.isFinite(millis)) ? java.time.Instant.ofEpochMilli(millis.longValue()) : null;
	}

	private static List<ScoreFactor> factors(SourceDocument doc) {
		return doc.objects("scoreFactors")
			.stream()
			.map((f) -> new ScoreFactor(f.text("factor", ""), f.decimal("value"), f.decimal("weight"),
					f.decimal("contribution"), f.text("detail", "")))
			.sorted(Comparator.comparing((ScoreFactor f) -> (f.contribution() != null) ? -f.contribution() : 0.0))
			.toList();
	}

	private static List<AnnualReportSummary> annualReports(SourceDocument doc, RegimeScope scope) {
		List<AnnualReportSummary> reports = new ArrayList<>();
		for (SourceDocument report : doc.objects("annualReports")) {
			String regime = report.text("regime", "");
			Long year = report.number("year");
			if (year != null && scope.permits(List.of(regime))) {
				reports.add(new AnnualReportSummary(year.intValue(), regime, report.instant("reportedAt"),
						report.instant("dueAt"), report.flag("late"), report.number("incidentsTotal"),
						report.number("drillsDone"), report.number("openFindings")));
			}
		}
		reports.sort(Comparator.comparingInt(AnnualReportSummary::year)
			.reversed()
			.thenComparing(AnnualReportSummary::regime));
		return reports;
	}

	@SuppressWarnings("unchecked")
	private SearchResponse<Map<String, Object>> search(String index,
			java.util.function.Function<co.elastic.clients.elasticsearch.core.SearchRequest.Builder, co.elastic.clients.util.ObjectBuilder<co.elastic.clients.elasticsearch.core.SearchRequest>> request) {
		try {
			return this.client.search((s) -> request.apply(s.index(index).ignoreUnavailable(true)),
					(Class<Map<String, Object>>) (Class<?>) Map.class);
		}
		catch (IOException | ElasticsearchException ex) {
			throw new InstitutionsUnavailableException("Cannot read %s".formatted(index), ex);
		}
	}

	private static Query term(String field, String value) {
		return Query.of((q) -> q.term((t) -> t.field(field).value(value)));
	}

	private static Query inScope(RegimeScope scope, Query query) {
		if (scope.all()) {
			return query;
		}
		List<FieldValue> regimes = scope.regimeNames().stream().map(FieldValue::of).toList();
		return Query.of((q) -> q.bool((b) -> b.filter(query)
			.filter((f) -> f.terms((t) -> t.field("regimes").terms((v) -> v.value(regimes))))));
	}

}
