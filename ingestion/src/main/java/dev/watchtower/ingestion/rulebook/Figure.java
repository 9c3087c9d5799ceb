package dev.watchtower.ingestion.rulebook;

/**
 * An impact figure a threshold is compared with.
 */
public enum Figure {

	PERSONS_AFFECTED("impact.personsAffected"), ORGANIZATIONS_AFFECTED("impact.organizationsAffected"),
	PERSONAL_RECORDS_LEAKED("impact.personalRecordsLeaked"), SENSITIVE_RECORDS_LEAKED("impact.sensitiveRecordsLeaked"),
	ECONOMIC_LOSS_YUAN("impact.economicLossYuan"), OUTAGE_MINUTES("impact.outageMinutes");

	private final String field;

	Figure(String field) {
		this.field = field;
	}

	/**
	 * The filing field holding the figure.
	 * @return dotted path
	 */
	public String field() {
		return this.field;
	}

}
