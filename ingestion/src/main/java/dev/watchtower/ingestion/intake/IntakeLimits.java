package dev.watchtower.ingestion.intake;

/**
 * Safety limits that keep malformed or hostile input from exhausting memory.
 *
 * @param maxRecordBytes largest single record (NDJSON line, JSON array element, CSV row)
 * @param maxRejectedPerFile rejected records after which reading a file stops
 * @param maxXlsxUncompressedBytes largest total the entries of an XLSX archive may expand
 * to
 * @param maxXlsxInflateRatio largest expansion ratio of one XLSX entry over 1 MiB
 * @param maxPayloadChars longest original payload kept with a rejected record
 */
public record IntakeLimits(int maxRecordBytes, int maxRejectedPerFile, long maxXlsxUncompressedBytes,
		int maxXlsxInflateRatio, int maxPayloadChars) {

	public IntakeLimits {
		if (maxRecordBytes < 1024 || maxRejectedPerFile < 1 || maxXlsxUncompressedBytes < 1024
				|| maxXlsxInflateRatio < 2 || maxPayloadChars < 0) {
			throw new IllegalArgumentException("Intake limits out of range: maxRecordBytes=" + maxRecordBytes
					+ ", maxRejectedPerFile=" + maxRejectedPerFile + ", maxXlsxUncompressedBytes="
					+ maxXlsxUncompressedBytes + ", maxXlsxInflateRatio=" + maxXlsxInflateRatio);
		}
	}

	/**
	 * The defaults: 1 MiB per record, 1,000 rejects per file, 1 GiB per XLSX archive,
	 * ratio 200, 64 Ki characters of payload.
	 * @return the defaults
	 */
	public static IntakeLimits defaults() {
		return new IntakeLimits(1 << 20, 1_000, 1L << 30, 200, 64 * 1024);
	}

}
