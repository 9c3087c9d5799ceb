package dev.watchtower.ingestion.intake;

/**
 * Receives the records a format reader produces.
 */
@FunctionalInterface
interface RecordSink {

	/**
	 * Takes one record.
	 * @param record the record
	 * @return false to make the reader stop
	 */
	boolean accept(RawRecord record);

}
