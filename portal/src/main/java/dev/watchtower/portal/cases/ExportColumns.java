package dev.watchtower.portal.cases;

import dev.watchtower.portal.base.SourceDocument;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of an export: the case fields a supervisor works with offline, contacts
 * masked, times in China time.
 */
final class ExportColumns {

	static final List<String> SOURCE_FIELDS = List.of("caseId", "title", "institutionCode", "institutionName", "sector",
			"province", "regimes", "category", "subcategory", "computedLevel", "selfAssessedLevel", "underGraded",
			"occurredAt", "detectedAt", "firstReportedAt", "latestStage", "status", "late", "lateMinutes", "vendors",
			"cves", "contactName", "contactPhone");

	private final List<Column> columns;

	ExportColumns(ZoneId zone) {
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
		Function<String, Function<SourceDocument, String>> instant = (name) -> (row) -> {
			var value = row.instant(name);
			return (value != null) ? time.format(value) : "";
		};
		Function<String, Function<SourceDocument, String>> text = (name) -> (row) -> row.text(name, "");
		Function<String, Function<SourceDocument, String>> list = (name) -> (row) -> String.join(";", row.texts(name));
		this.columns = List.of(new Column("caseId", text.apply("caseId")), new Column("title", text.apply("title")),
				new Column("institutionCode", text.apply("institutionCode")),
				new Column("institutionName", text.apply("institutionName")),
				new Column("sector", text.apply("sector")), new Column("province", text.apply("province")),
				new Column("regimes", list.apply("regimes")), new Column("category", text.apply("category")),
				new Column("subcategory", text.apply("subcategory")),
				new Column("computedLevel", text.apply("computedLevel")),
				new Column("selfAssessedLevel", text.apply("selfAssessedLevel")),
				new Column("underGraded", (row) -> String.valueOf(row.flag("underGraded"))),
				new Column("occurredAt", instant.apply("occurredAt")),
				new Column("detectedAt", instant.apply("detectedAt")),
				new Column("firstReportedAt", instant.apply("firstReportedAt")),
				new Column("latestStage", text.apply("latestStage")), new Column("status", text.apply("status")),
				new Column("late", (row) -> String.valueOf(row.flag("late"))),
				new Column("lateMinutes", text.apply("lateMinutes")), new Column("vendors", list.apply("vendors")),
				new Column("cves", list.apply("cves")),
				new Column("contactName", (row) -> ContactMask.name(row.text("contactName"))),
				new Column("contactPhone", (row) -> ContactMask.phone(row.text("contactPhone"))));
	}

	List<String> headers() {
		return this.columns.stream().map(Column::header).toList();
	}

	List<String> values(SourceDocument row) {
		return this.columns.stream().map((column) -> column.value().apply(row)).toList();
	}

	record Column(String header, Function<SourceDocument, String> value) {
	}

}
