package dev.watchtower.portal.cases;

import java.util.Objects;

/**
 * A facet value and the number of matching cases that have it (counted with the other
 * facets' selections applied, not its own).
 *
 * @param value the value, e.g. {@code MAJOR}, {@code 2026}, {@code true}
 * @param count matching cases
 * @param selected whether the query selects it
 */
public record FacetCount(String value, long count, boolean selected) {

	public FacetCount {
		Objects.requireNonNull(value, "value must not be null");
	}

}
