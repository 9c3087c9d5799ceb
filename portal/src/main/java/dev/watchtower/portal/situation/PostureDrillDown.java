package dev.watchtower.portal.situation;

import java.time.LocalDate;
import java.time.YearMonth;

import dev.watchtower.portal.cases.CaseFacet;
import dev.watchtower.portal.cases.CaseQuery;
import org.jspecify.annotations.Nullable;

/**
 * Turns a click on a dashboard figure into the case search that lists exactly the cases
 * the figure counts: the dashboard's filter plus the clicked value.
 */
public final class PostureDrillDown {

	private PostureDrillDown() {
	}

	/**
	 * The cases of one month (within the dashboard's period) and one value of a facet.
	 * @param filter the dashboard's filter
	 * @param month the month clicked
	 * @param facet the facet of the clicked series (level or category)
	 * @param value the series' value
	 * @return the search
	 */
	public static CaseQuery month(PostureFilter filter, YearMonth month, CaseFacet facet, String value) {
		LocalDate from = later(filter.from(), month.atDay(1));
		LocalDate to = earlier(filter.to(), month.atEndOfMonth());
		return filter.toCaseQuery()
			.withPeriod(from, to.isBefore(from) ? from : to)
			.with(facet, java.util.List.of(value));
	}

	/**
	 * The cases with one more facet value.
	 * @param filter the dashboard's filter
	 * @param facet the facet clicked (sector, province, vendor, CVE, late, …)
	 * @param value the value clicked
	 * @return the search
	 */
	public static CaseQuery value(PostureFilter filter, CaseFacet facet, String value) {
		return filter.toCaseQuery().with(facet, java.util.List.of(value));
	}

	/**
	 * The cases of one sector × category cell.
	 * @param filter the dashboard's filter
	 * @param sector the sector
	 * @param category the category
	 * @return the search
	 */
	public static CaseQuery cell(PostureFilter filter, String sector, String category) {
		return filter.toCaseQuery()
			.with(CaseFacet.SECTOR, java.util.List.of(sector))
			.with(CaseFacet.CATEGORY, java.util.List.of(category));
	}

	private static LocalDate later(@Nullable LocalDate bound, LocalDate day) {
		return (bound != null && bound.isAfter(day)) ? bound : day;
	}

	private static LocalDate earlier(@Nullable LocalDate bound, LocalDate day) {
		return (bound != null && bound.isBefore(day)) ? bound : day;
	}

}
