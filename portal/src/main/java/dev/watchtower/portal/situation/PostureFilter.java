package dev.watchtower.portal.situation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.watchtower.portal.cases.CaseFacet;
import dev.watchtower.portal.cases.CaseQuery;
import org.jspecify.annotations.Nullable;

/**
 * The filters every chart of the posture dashboard applies: the period of occurrence and
 * the sectors, regimes and computed levels. They are the case search's filters, so a
 * drill-down is the same filter with one more value.
 *
 * @param from first day (China time), if bounded
 * @param to last day, if bounded
 * @param sectors sectors, empty for all
 * @param regimes regimes, empty for all (the viewer's scope applies anyway)
 * @param levels computed levels, empty for all
 */
public record PostureFilter(@Nullable LocalDate from, @Nullable LocalDate to, Set<String> sectors, Set<String> regimes,
		Set<String> levels) {

	public PostureFilter {
		sectors = Set.copyOf(new TreeSet<>(Objects.requireNonNull(sectors, "sectors must not be null")));
		regimes = Set.copyOf(new TreeSet<>(Objects.requireNonNull(regimes, "regimes must not be null")));
		levels = Set.copyOf(new TreeSet<>(Objects.requireNonNull(levels, "levels must not be null")));
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("The period starts (%s) after it ends (%s)".formatted(from, to));
		}
	}

	/**
	 * No filter: every case in the viewer's scope.
	 * @return the open filter
	 */
	public static PostureFilter everything() {
		return new PostureFilter(null, null, Set.of(), Set.of(), Set.of());
	}

	/**
	 * The case search for this filter.
	 * @return the query with the same period and facet selections
	 */
	public CaseQuery toCaseQuery() {
		return CaseQuery.all()
			.withPeriod(this.from, this.to)
			.with(CaseFacet.SECTOR, this.sectors)
			.with(CaseFacet.REGIME, this.regimes)
			.with(CaseFacet.LEVEL, this.levels);
	}

	/**
	 * The filter read back from a case query (its text and other facets are ignored).
	 * @param query the query, e.g. read from the dashboard's URL
	 * @return the filter
	 */
	public static PostureFilter of(CaseQuery query) {
		return new PostureFilter(query.from(), query.to(), query.selected(CaseFacet.SECTOR),
				query.selected(CaseFacet.REGIME), query.selected(CaseFacet.LEVEL));
	}

	/**
	 * The filter as URL query parameters.
	 * @return parameter name to values
	 */
	public Map<String, List<String>> toParameters() {
		return new LinkedHashMap<>(toCaseQuery().toParameters());
	}

	public PostureFilter withSectors(Collection<String> values) {
		return new PostureFilter(this.from, this.to, Set.copyOf(values), this.regimes, this.levels);
	}

	public PostureFilter withRegimes(Collection<String> values) {
		return new PostureFilter(this.from, this.to, this.sectors, Set.copyOf(values), this.levels);
	}

	public PostureFilter withLevels(Collection<String> values) {
		return new PostureFilter(this.from, this.to, this.sectors, this.regimes, Set.copyOf(values));
	}

	public PostureFilter withPeriod(@Nullable LocalDate newFrom, @Nullable LocalDate newTo) {
		return new PostureFilter(newFrom, newTo, this.sectors, this.regimes, this.levels);
	}

}
