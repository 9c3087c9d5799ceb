package dev.watchtower.ingestion.filing;

/**
 * A filing accepted from an institution. The two kinds are
 * {@code dev.watchtower.ingestion.incident.IncidentReport} and
 * {@code dev.watchtower.ingestion.annualreport.AnnualReport}, each a sealed hierarchy of
 * its own (Java only seals across packages inside a named module).
 */
public interface Filing {

	/**
	 * The id, version, institution and sending time of this filing.
	 * @return the header
	 */
	FilingHeader header();

	/**
	 * The schema identifier this filing was written against.
	 * @return for example {@code watchtower/incident-report/v1}
	 */
	String schemaId();

}
