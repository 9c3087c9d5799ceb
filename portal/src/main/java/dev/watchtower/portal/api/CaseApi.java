package dev.watchtower.portal.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.watchtower.portal.cases.CaseDetail;
import dev.watchtower.portal.cases.CaseDetailService;
import dev.watchtower.portal.cases.CaseHit;
import dev.watchtower.portal.cases.CaseQuery;
import dev.watchtower.portal.cases.CaseSearchResult;
import dev.watchtower.portal.cases.CaseSearchService;
import dev.watchtower.portal.cases.FacetCount;
import dev.watchtower.portal.cases.RelatedCases;
import dev.watchtower.portal.security.CurrentViewer;
import dev.watchtower.portal.security.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case search and case detail for staff programs: the same service, filters and regime
 * scope as the portal's search view; the query parameters are the search view's URL
 * parameters.
 */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "cases", description = "Search cases and read one case (staff tokens, scope QUERY)")
class CaseApi {

	private final CaseSearchService search;

	private final CaseDetailService details;

	private final CurrentViewer viewer;

	CaseApi(CaseSearchService search, CaseDetailService details, CurrentViewer viewer) {
		this.search = search;
		this.details = details;
		this.viewer = viewer;
	}

	@GetMapping
	@Operation(summary = "Search cases",
			description = """
					Parameters as in the portal's search URL: q (Chinese and/or English text), regime, sector, level, \
					selfLevel, category, province, year, status, late, underGraded, vendor, cve, institution (each repeatable), \
					from/to (yyyy-MM-dd, China time), sort (relevance, newest, oldest, level), after (cursor of the next page), \
					size (1-200).""")
	CaseSearchPage search(HttpServletRequest request,
			@Parameter(description = "hits per page") @RequestParam(name = "size", defaultValue = "50") int size) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
		CaseSearchResult result = this.search.search(CaseQuery.fromParameters(parameters), this.viewer.get(), size);
		Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
		result.facets().forEach((facet, counts) -> facets.put(facet.parameter(), counts));
		String next = (result.nextCursor() != null)
				? "/api/v1/cases?" + result.query().withAfter(result.nextCursor()).toQueryString() + "&size=" + size
				: null;
		return new CaseSearchPage(result.total(), result.hits(), facets, result.nextCursor(), next);
	}

	@GetMapping("/{caseId}")
	@Operation(summary = "One case with its timeline, clocks, grading explanation and related cases (contacts masked)")
	CaseView detail(@PathVariable String caseId) {
		Viewer current = this.viewer.get();
		CaseDetail detail = this.details.find(caseId, current)
			.orElseThrow(() -> new NotFoundException("No case " + caseId));
		return new CaseView(detail, this.details.related(detail, current));
	}

	/**
	 * A page of results.
	 *
	 * @param total matching cases
	 * @param hits this page
	 * @param facets counts per facet parameter
	 * @param nextCursor cursor of the next page
	 * @param next the address of the next page
	 */
	record CaseSearchPage(long total, List<CaseHit> hits, Map<String, List<FacetCount>> facets,
			@Nullable String nextCursor, @Nullable String next) {
	}

	/**
	 * A case and its related cases.
	 *
	 * @param detail the case
	 * @param related related cases
	 */
	record CaseView(CaseDetail detail, RelatedCases related) {
	}

}
