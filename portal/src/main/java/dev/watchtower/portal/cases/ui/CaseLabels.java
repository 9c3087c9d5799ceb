package dev.watchtower.portal.cases.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.watchtower.portal.base.ui.CodeLabels;
import dev.watchtower.portal.cases.CaseFacet;
import org.jspecify.annotations.Nullable;

/**
 * Names of facet values and times as the case views show them.
 */
final class CaseLabels {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private CaseLabels() {
	}

	static String value(CaseFacet facet, String value, Locale locale) {
		return switch (facet) {
			case REGIME -> CodeLabels.regime(value, locale);
			case SECTOR -> CodeLabels.sector(value, locale);
			case LEVEL, SELF_LEVEL -> CodeLabels.level(value, locale);
			case CATEGORY -> CodeLabels.category(value, locale);
			case PROVINCE -> CodeLabels.province(value, locale);
			case STATUS, LATE, UNDER_GRADED -> CodeLabels.other(value, locale);
			case YEAR, VENDOR, CVE, INSTITUTION -> value;
		};
	}

	static String time(@Nullable Instant instant, ZoneId zone) {
		return (instant != null) ? MINUTES.withZone(zone).format(instant) : "—";
	}

}
