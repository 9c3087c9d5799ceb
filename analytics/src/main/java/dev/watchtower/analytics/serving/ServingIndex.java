package dev.watchtower.analytics.serving;

/**
 * The serving indexes, each written through its alias into the versioned index the
 * template of {@code infra/elasticsearch/} declares.
 */
public enum ServingIndex {

	CASES("watchtower-cases"), BULLETINS("watchtower-bulletins"), POSTURE("watchtower-posture");

	/** The mapping version the templates declare ({@code -v1}). */
	static final String VERSION = "v1";

	private final String alias;

	ServingIndex(String alias) {
		this.alias = alias;
	}

	/**
	 * The alias documents are written and read through.
	 * @return e.g. {@code watchtower-cases}
	 */
	public String alias() {
		return this.alias;
	}

	/**
	 * The concrete index behind the alias.
	 * @return e.g. {@code watchtower-cases-v1}
	 */
	public String index() {
		return this.alias + "-" + VERSION;
	}

	/**
	 * The template that declares it (same name as the alias).
	 * @return the template name
	 */
	String template() {
		return this.alias;
	}

}
