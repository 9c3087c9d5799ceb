package dev.watchtower.portal.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * A dimension cases are filtered on: its URL parameter, the field of the cases index and
 * whether the search shows it as a facet with counts.
 */
public enum CaseFacet {

	/** Regulatory regimes the incident was filed under. */
	REGIME("regime", "regimes", 10, true),
	/** Sector of the institution. */
	SECTOR("sector", "sector", 20, true),
	/** Level the rulebook requires (computed). */
	LEVEL("level", "computedLevel", 10, true),
	/** Level the institution assessed. */
	SELF_LEVEL("selfLevel", "selfAssessedLevel", 10, true),
	/** GB/T 20986-2023 category. */
	CATEGORY("category", "category", 20, true),
	/** Province of the institution (GB/T 2260 code). */
	PROVINCE("province", "province", 40, true),
	/** Year the incident occurred (China time). */
	YEAR("year", "year", 20, true),
	/** OPEN or CLOSED (a final report was filed). */
	STATUS("status", "status", 5, true),
	/** Whether a binding deadline was missed. */
	LATE("late", "late", 2, true),
	/** Whether the institution assessed below the computed level. */
	UNDER_GRADED("underGraded", "underGraded", 2, true),
	/** Vendor named in the incident (a filter from drill-downs). */
	VENDOR("vendor", "vendors", 20, false),
	/** CVE named in the incident (a filter from drill-downs). */
	CVE("cve", "cves", 20, false),
	/** One institution (a filter from the institution page and related cases). */
	INSTITUTION("institution", "institutionCode", 20, false);

	private final String parameter;

	private final String field;

	private final int size;

	private final boolean shown;

	CaseFacet(String parameter, String field, int size, boolean shown) {
		this.parameter = parameter;
		this.field = field;
		this.size = size;
		this.shown = shown;
	}

	/**
	 * The name of the URL query parameter.
	 * @return e.g. {@code level}
	 */
	public String parameter() {
		return this.parameter;
	}

	/**
	 * The field of the cases index.
	 * @return e.g. {@code computedLevel}
	 */
	public String field() {
		return this.field;
	}

	/**
	 * How many values the facet lists at most.
	 * @return the terms aggregation size
	 */
	public int size() {
		return this.size;
	}

	/**
	 * Whether the search shows counts for it.
	 * @return {@code true} for the facets of the search page
	 */
	public boolean shown() {
		return this.shown;
	}

	/**
	 * The facet of a URL parameter.
	 * @param parameter the parameter name
	 * @return the facet, if any has that name
	 */
	public static Optional<CaseFacet> ofParameter(String parameter) {
		return Arrays.stream(values()).filter((facet) -> facet.parameter.equals(parameter)).findFirst();
	}

}
