package dev.watchtower.portal.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * Orders of the case search; each ends with the case id so that paging with
 * {@code search_after} is stable.
 */
public enum CaseSort {

	/** Best match first, then newest. */
	RELEVANCE("relevance"),
	/** Newest occurrence first. */
	NEWEST("newest"),
	/** Oldest occurrence first. */
	OLDEST("oldest"),
	/** Most severe computed level first, then newest. */
	LEVEL("level");

	private final String parameter;

	CaseSort(String parameter) {
		this.parameter = parameter;
	}

	/**
	 * The value of the URL parameter {@code sort}.
	 * @return e.g. {@code newest}
	 */
	public String parameter() {
		return this.parameter;
	}

	/**
	 * The sort named by a URL parameter value.
	 * @param parameter the value
	 * @return the sort, if any has that name
	 */
	public static Optional<CaseSort> ofParameter(String parameter) {
		return Arrays.stream(values()).filter((sort) -> sort.parameter.equals(parameter)).findFirst();
	}

}
