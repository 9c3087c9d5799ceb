package dev.watchtower.portal.cases;

/**
 * File formats of a search export.
 */
public enum ExportFormat {

	/** UTF-8 CSV with a byte-order mark (Excel opens it as UTF-8). */
	CSV("text/csv; charset=UTF-8", "csv"),
	/** Office Open XML workbook, written streaming. */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String contentType;

	private final String extension;

	ExportFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

}
