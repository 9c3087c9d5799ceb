package dev.watchtower.batch.inbox;

/**
 * What became of a file's records: {@code records = written + duplicates + rejected}.
 *
 * @param records records read
 * @param written records written to the lake
 * @param duplicates records already in the lake with the same content
 * @param rejected records rejected
 * @param violations violations of the rejected records
 */
public record FileCounts(long records, long written, long duplicates, long rejected, long violations) {

	public static final FileCounts NONE = new FileCounts(0, 0, 0, 0, 0);

	public FileCounts plus(FileCounts other) {
		return new FileCounts(this.records + other.records, this.written + other.written,
				this.duplicates + other.duplicates, this.rejected + other.rejected, this.violations + other.violations);
	}

}
