package dev.watchtower.portal.cases;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The whole state of a case search, as a shareable URL holds it: the text, the selected
 * facet values (values of one facet are alternatives, facets are combined), the period of
 * occurrence (China-time dates, both inclusive), the order and the page cursor.
 *
 * @param text the query text, Chinese and/or English; blank for every case
 * @param filters selected values per facet
 * @param from first day of occurrence, if bounded
 * @param to last day of occurrence, if bounded
 * @param sort the order
 * @param after the cursor of the page to show ({@code search_after}); {@code null} for
 * the first page
 */
public record CaseQuery(String text, Map<CaseFacet, Set<String>> filters, @Nullable LocalDate from,
		@Nullable LocalDate to, CaseSort sort, @Nullable String after) {

	/** Longest query text accepted. */
	public static final int MAX_TEXT = 500;

	/** Longest facet value accepted. */
	public static final int MAX_VALUE = 100;

	/** Most values of one facet accepted. */
	public static final int MAX_VALUES = 50;

	public CaseQuery {
		Objects.requireNonNull(text, "text must not be null");
		Objects.requireNonNull(filters, "filters must not be null");
		Objects.requireNonNull(sort, "sort must not be null");
		text = text.strip();
		if (text.length() > MAX_TEXT) {
			throw new IllegalArgumentException(
					"The query text has %d characters, at most %d are allowed".formatted(text.length(), MAX_TEXT));
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("The period starts (%s) after it ends (%s)".formatted(from, to));
		}
		EnumMap<CaseFacet, Set<String>> copy = new EnumMap<>(CaseFacet.class);
		filters.forEach((facet, values) -> {
			Set<String> kept = values.stream()
				.map(String::strip)
				.filter((value) -> !value.isEmpty())
				.collect(Collectors.toCollection(TreeSet::new));
			if (kept.size() > MAX_VALUES) {
				throw new IllegalArgumentException("Facet %s has %d values, at most %d are allowed"
					.formatted(facet.parameter(), kept.size(), MAX_VALUES));
			}
			kept.stream().filter((value) -> value.length() > MAX_VALUE).findFirst().ifPresent((value) -> {
				throw new IllegalArgumentException("A value of facet %s is longer than %d characters: '%s…'"
					.formatted(facet.parameter(), MAX_VALUE, value.substring(0, 20)));
			});
			if (!kept.isEmpty()) {
				copy.put(facet, java.util.Collections.unmodifiableSet(kept));
			}
		});
		filters = java.util.Collections.unmodifiableMap(copy);
	}

	/**
	 * Every case, newest first.
	 * @return the empty query
	 */
	public static CaseQuery all() {
		return new CaseQuery("", Map.of(), null, null, CaseSort.RELEVANCE, null);
	}

	/**
	 * A query for some text.
	 * @param text the query text
	 * @return the query with no filters
	 */
	public static CaseQuery text(String text) {
		return all().withText(text);
	}

	public CaseQuery withText(String newText) {
		return new CaseQuery(newText, this.filters, this.from, this.to, this.sort, null);
	}

	public CaseQuery withSort(CaseSort newSort) {
		return new CaseQuery(this.text, this.filters, this.from, this.to, newSort, null);
	}

	public CaseQuery withPeriod(@Nullable LocalDate newFrom, @Nullable LocalDate newTo) {
		return new CaseQuery(this.text, this.filters, newFrom, newTo, this.sort, null);
	}

	public CaseQuery withAfter(@Nullable String cursor) {
		return new CaseQuery(this.text, this.filters, this.from, this.to, this.sort, cursor);
	}

	/**
	 * The query with a facet's selection replaced (and the first page).
	 * @param facet the facet
	 * @param values its selected values; empty clears it
	 * @return the new query
	 */
	public CaseQuery with(CaseFacet facet, Collection<String> values) {
		Map<CaseFacet, Set<String>> changed = new EnumMap<>(CaseFacet.class);
		changed.putAll(this.filters);
		changed.put(facet, Set.copyOf(values));
		return new CaseQuery(this.text, changed, this.from, this.to, this.sort, null);
	}

	/**
	 * The query with one facet value selected if it was not, deselected if it was.
	 * @param facet the facet
	 * @param value the value
	 * @return the new query
	 */
	public CaseQuery toggle(CaseFacet facet, String value) {
		Set<String> values = new TreeSet<>(selected(facet));
		if (!values.remove(value)) {
			values.add(value);
		}
		return with(facet, values);
	}

	/**
	 * The values selected for a facet.
	 * @param facet the facet
	 * @return the values, empty when none
	 */
	public Set<String> selected(CaseFacet facet) {
		return this.filters.getOrDefault(facet, Set.of());
	}

	/**
	 * The state as URL query parameters, in a stable order; defaults are left out.
	 * @return parameter name to values
	 */
	public Map<String, List<String>> toParameters() {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (!this.text.isEmpty()) {
			parameters.put("q", List.of(this.text));
		}
		this.filters.forEach((facet, values) -> parameters.put(facet.parameter(), List.copyOf(values)));
		if (this.from != null) {
			parameters.put("from", List.of(this.from.toString()));
		}
		if (this.to != null) {
			parameters.put("to", List.of(this.to.toString()));
		}
		if (this.sort != CaseSort.RELEVANCE) {
			parameters.put("sort", List.of(this.sort.parameter()));
		}
		if (this.after != null) {
			parameters.put("after", List.of(this.after));
		}
		return parameters;
	}

	/**
	 * The state as a URL query string (without {@code ?}).
	 * @return e.g. {@code q=%E5%8B%92%E7%B4%A2&level=MAJOR}
	 */
	public String toQueryString() {
		List<String> pairs = new ArrayList<>();
		toParameters().forEach((name, values) -> values
			.forEach((value) -> pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
		return String.join("&", pairs);
	}

	/**
	 * Reads a state from URL query parameters. Unknown parameters, unknown sorts and
	 * unreadable dates are ignored, so an old or hand-edited link still opens.
	 * @param parameters parameter name to values
	 * @return the query
	 * @throws IllegalArgumentException when a value breaks a limit
	 */
	public static CaseQuery fromParameters(Map<String, List<String>> parameters) {
		String text = first(parameters, "q");
		Map<CaseFacet, Set<String>> filters = new EnumMap<>(CaseFacet.class);
		parameters.forEach((name, values) -> CaseFacet.ofParameter(name)
			.ifPresent((facet) -> filters.put(facet, Set.copyOf(values))));
		LocalDate from = date(first(parameters, "from"));
		LocalDate to = date(first(parameters, "to"));
		if (from != null && to != null && from.isAfter(to)) {
			to = null;
		}
		CaseSort sort = CaseSort.ofParameter(first(parameters, "sort")).orElse(CaseSort.RELEVANCE);
		String after = first(parameters, "after");
		return new CaseQuery((text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text, filters, from, to, sort,
				after.isEmpty() ? null : after);
	}

	/**
	 * Reads a state from a URL query string.
	 * @param queryString the part after {@code ?}
	 * @return the query
	 */
	public static CaseQuery parse(String queryString) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		for (String pair : queryString.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			parameters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return fromParameters(parameters);
	}

	private static String first(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return (values == null || values.isEmpty() || values.get(0) == null) ? "" : values.get(0);
	}

	private static @Nullable LocalDate date(String text) {
		try {
			return text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
