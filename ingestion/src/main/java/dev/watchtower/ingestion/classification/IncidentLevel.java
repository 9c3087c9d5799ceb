package dev.watchtower.ingestion.classification;

/**
 * The four incident levels shared by PBoC, NFRA, CSRC, CAC and GB/T 20986-2023, most
 * severe first.
 */
public enum IncidentLevel {

	EXTRAORDINARY("特别重大", "extraordinary"), MAJOR("重大", "major"), LARGE("较大", "large"), GENERAL("一般", "general");

	private final String nameZh;

	private final String nameEn;

	IncidentLevel(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public String nameEn() {
		return this.nameEn;
	}

	/**
	 * Severity rank, 4 for extraordinary down to 1 for general.
	 * @return the rank
	 */
	public int severity() {
		return 4 - ordinal();
	}

	public boolean isAtLeast(IncidentLevel other) {
		return severity() >= other.severity();
	}

	public static IncidentLevel mostSevere(IncidentLevel a, IncidentLevel b) {
		return a.isAtLeast(b) ? a : b;
	}

}
