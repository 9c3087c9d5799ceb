package dev.watchtower.ingestion.sample;

/**
 * What to generate.
 *
 * @param institutions number of institutions
 * @param filings number of filings (incident reports of all stages and annual reports)
 * @param seed random seed: the same settings always give the same files
 * @param malformedShare share of filings made invalid (0 to 1); when above 0, a folder of
 * malformed files is written too
 */
public record SampleSettings(int institutions, int filings, long seed, double malformedShare) {

	public SampleSettings {
		if (institutions < 1 || institutions > 1_000_000) {
			throw new IllegalArgumentException("institutions must be between 1 and 1,000,000: " + institutions);
		}
		if (filings < 1) {
			throw new IllegalArgumentException("filings must be at least 1: " + filings);
		}
		if (malformedShare < 0 || malformedShare > 1) {
			throw new IllegalArgumentException("malformedShare must be between 0 and 1: " + malformedShare);
		}
	}

	/** Default seed. */
	public static final long DEFAULT_SEED = 20_260_301L;

	/** Default malformed share. */
	public static final double DEFAULT_MALFORMED_SHARE = 0.02;

}
