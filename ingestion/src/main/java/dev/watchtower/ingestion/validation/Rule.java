package dev.watchtower.ingestion.validation;

/**
 * Every rule a filing can break, with its stable id. Messages in zh-CN and en live in
 * {@code rule-messages_zh_CN.properties} and {@code rule-messages_en.properties}, keyed
 * by {@link #id()}; argument {0} is always the field path and {1} the offending value.
 */
public enum Rule {

	INPUT_UNSUPPORTED_FORMAT("input.unsupported-format"), INPUT_UNREADABLE("input.unreadable"),
	INPUT_EMPTY("input.empty"), INPUT_ENCODING("input.encoding"), INPUT_BINARY("input.binary"),
	INPUT_JSON_SYNTAX("input.json-syntax"), INPUT_RECORD_TOO_LARGE("input.record-too-large"),
	INPUT_NOT_AN_OBJECT("input.not-an-object"), INPUT_TOO_MANY_ERRORS("input.too-many-errors"),
	CSV_STRUCTURE("csv.structure"), XLSX_CORRUPT("xlsx.corrupt"), XLSX_ZIP_BOMB("xlsx.zip-bomb"),
	XLSX_EXTERNAL_LINK("xlsx.external-link"), XLSX_FORMULA("xlsx.formula"),
	FILING_UNKNOWN_SCHEMA("filing.unknown-schema"), FILING_DUPLICATE("filing.duplicate"),
	FILING_INSTITUTION_MISMATCH("filing.institution-mismatch"), SCHEMA_REQUIRED("schema.required"),
	SCHEMA_UNKNOWN_FIELD("schema.unknown-field"), SCHEMA_TYPE("schema.type"), SCHEMA_ENUM("schema.enum"),
	SCHEMA_DATE_TIME("schema.date-time"), SCHEMA_TEXT_LENGTH("schema.text-length"),
	SCHEMA_LIST_SIZE("schema.list-size"), SCHEMA_RANGE("schema.range"),
	SCHEMA_DUPLICATE_ITEMS("schema.duplicate-items"), SCHEMA_OTHER("schema.other"),
	TIME_DETECTED_BEFORE_OCCURRED("time.detected-before-occurred"),
	TIME_REPORTED_BEFORE_DETECTED("time.reported-before-detected"),
	TIME_RECOVERED_BEFORE_OCCURRED("time.recovered-before-occurred"),
	TIME_RECOVERED_AFTER_REPORTED("time.recovered-after-reported"),
	FINAL_WITHOUT_RECOVERY("final.recovered-at-required"), USCC_FORMAT("uscc.format"),
	USCC_CHECK_DIGIT("uscc.check-digit"), PROVINCE_UNKNOWN("province.unknown"), CVE_SYNTAX("cve.syntax"),
	ANNUAL_YEAR("annual.year"), ANNUAL_LEVEL_COUNTS("annual.level-counts");

	private final String id;

	Rule(String id) {
		this.id = id;
	}

	/**
	 * The stable rule id used in reports, rejects and messages files.
	 * @return for example {@code uscc.check-digit}
	 */
	public String id() {
		return this.id;
	}

}
