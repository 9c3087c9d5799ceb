package dev.watchtower.ingestion.sample;

import java.util.SplittableRandom;

import dev.watchtower.ingestion.validation.Rule;
import tools.jackson.databind.node.ObjectNode;

/**
 * Breaks a generated filing in one of several realistic ways, each tied to the rule it
 * breaks.
 */
final class Defects {

	private Defects() {
	}

	/**
	 * Breaks a filing in place.
	 * @param filing the filing
	 * @param random the random source
	 * @return the rule the filing now breaks
	 */
	static Rule breakOne(ObjectNode filing, SplittableRandom random) {
		boolean incident = filing.path("schema").asString().contains("incident");
		int pick = random.nextInt(incident ? 8 : 4);
		switch (pick) {
			case 0 -> {
				ObjectNode institution = (ObjectNode) filing.get("institution");
				String code = institution.get("code").asString();
				char last = code.charAt(17);
				institution.put("code", code.substring(0, 17) + ((last == '0') ? '1' : '0'));
				return Rule.USCC_CHECK_DIGIT;
			}
			case 1 -> {
				((ObjectNode) filing.get("institution")).put("province", "99");
				return Rule.PROVINCE_UNKNOWN;
			}
			case 2 -> {
				filing.put("remarks", "not part of the format");
				return Rule.SCHEMA_UNKNOWN_FIELD;
			}
			case 3 -> {
				filing.put("reportedAt", "2026/03/02 10:00");
				return Rule.SCHEMA_DATE_TIME;
			}
			case 4 -> {
				filing.remove("title");
				return Rule.SCHEMA_REQUIRED;
			}
			case 5 -> {
				filing.put("detectedAt",
						java.time.OffsetDateTime.parse(filing.get("occurredAt").asString()).minusHours(1).toString());
				return Rule.TIME_DETECTED_BEFORE_OCCURRED;
			}
			case 6 -> {
				filing.putArray("cves").add("CVE-24-1");
				return Rule.CVE_SYNTAX;
			}
			default -> {
				if (filing.path("stage").asString().equals("FINAL")) {
					filing.remove("recoveredAt");
					return Rule.FINAL_WITHOUT_RECOVERY;
				}
				filing.put("stage", "CLOSING");
				return Rule.SCHEMA_ENUM;
			}
		}
	}

}
