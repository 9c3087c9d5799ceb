package dev.watchtower.portal.base.ui;

import java.util.Locale;
import java.util.Map;

import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.classification.IncidentTaxonomy;
import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.institution.Provinces;
import dev.watchtower.ingestion.institution.Sector;

/**
 * Names of the codes stored in the serving layer (levels, sectors, regimes, GB/T 20986
 * categories, GB/T 2260 provinces, stages, statuses) in the user's language, from the
 * ingestion model's own data. Unknown codes are shown as they are.
 */
public final class CodeLabels {

	private static final IncidentTaxonomy TAXONOMY = IncidentTaxonomy.gbt20986();

	private static final Provinces PROVINCES = Provinces.gbt2260();

	private static final Map<String, String[]> OTHER = Map.ofEntries(Map.entry("OPEN", new String[] { "处置中", "Open" }),
			Map.entry("CLOSED", new String[] { "已结案", "Closed" }), Map.entry("true", new String[] { "是", "Yes" }),
			Map.entry("false", new String[] { "否", "No" }), Map.entry("BRIEF", new String[] { "简报", "Brief" }),
			Map.entry("INITIAL", new String[] { "初报", "Initial" }),
			Map.entry("PROGRESS", new String[] { "续报", "Progress" }),
			Map.entry("FINAL", new String[] { "终报", "Final" }), Map.entry("ON_TIME", new String[] { "按时", "On time" }),
			Map.entry("LATE", new String[] { "迟报", "Late" }), Map.entry("MISSING", new String[] { "缺报", "Missing" }),
			Map.entry("PENDING", new String[] { "未到期", "Pending" }));

	private CodeLabels() {
	}

	/**
	 * The name of an incident level.
	 * @param code e.g. {@code MAJOR}
	 * @param locale the user's language
	 * @return e.g. 重大 / Major
	 */
	public static String level(String code, Locale locale) {
		for (IncidentLevel level : IncidentLevel.values()) {
			if (level.name().equals(code)) {
				return english(locale) ? capitalised(level.nameEn()) : level.nameZh();
			}
		}
		return code;
	}

	public static String sector(String code, Locale locale) {
		for (Sector sector : Sector.values()) {
			if (sector.name().equals(code)) {
				return english(locale) ? capitalised(code.replace('_', ' ').toLowerCase(Locale.ROOT)) : sector.nameZh();
			}
		}
		return code;
	}

	public static String regime(String code, Locale locale) {
		for (Regime regime : Regime.values()) {
			if (regime.name().equals(code)) {
				return english(locale) ? regime.name().replace("PBOC", "PBoC") : shortZh(regime);
			}
		}
		return code;
	}

	public static String category(String code, Locale locale) {
		return TAXONOMY.byCode(code)
			.map((category) -> english(locale) ? category.nameEn() : category.nameZh())
			.orElse(code);
	}

	public static String province(String code, Locale locale) {
		return PROVINCES.byCode(code)
			.map((province) -> english(locale) ? province.nameEn() : province.nameZh())
			.orElse(code);
	}

	/**
	 * Names of statuses, stages, clock verdicts and yes/no.
	 * @param code e.g. {@code CLOSED}, {@code FINAL}, {@code LATE}, {@code true}
	 * @param locale the user's language
	 * @return the name
	 */
	public static String other(String code, Locale locale) {
		String[] names = OTHER.get(code);
		return (names != null) ? names[english(locale) ? 1 : 0] : code;
	}

	private static String shortZh(Regime regime) {
		return switch (regime) {
			case PBOC -> "人民银行";
			case NFRA -> "金融监管总局";
			case CSRC -> "证监会";
			case CAC -> "网信办";
		};
	}

	private static boolean english(Locale locale) {
		return PortalTranslations.ENGLISH.getLanguage().equals(locale.getLanguage());
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
