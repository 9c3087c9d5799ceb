package dev.watchtower.ingestion.incident;

/**
 * The stage of an incident report.
 */
public enum ReportStage {

	BRIEF("事发简要报告"), INITIAL("事发报告/初报"), PROGRESS("进展报告/续报"), FINAL("总结报告/终报");

	private final String nameZh;

	ReportStage(String nameZh) {
		this.nameZh = nameZh;
	}

	public String nameZh() {
		return this.nameZh;
	}

}
