package dev.watchtower.portal.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded synthetic case documents for the search benchmark, in the shape of the cases
 * template: a realistic mix of sectors, provinces, regimes, levels and years, Chinese
 * titles and narratives built from incident phrases with English terms mixed in, 5,000
 * institutions, vendors and CVEs. Document {@code i} is always the same.
 */
final class BenchCases {

	static final String[] PHRASES = { "数据泄露", "勒索软件", "系统故障", "网络攻击", "钓鱼邮件", "拒绝服务", "越权访问", "电力故障", "配置错误", "供应链攻击",
			"交易中断", "支付延迟", "漏洞利用", "内部人员违规", "账户盗用" };

	static final String[] ENGLISH = { "ransomware", "phishing", "DDoS", "outage", "misconfiguration", "credential",
			"firmware", "VPN", "backup", "cloud" };

	static final String[] SECTORS = { "BANK", "BANK", "BANK", "INSURANCE", "INSURANCE", "SECURITIES", "FUTURES", "FUND",
			"PAYMENT", "PAYMENT", "TRUST", "FINANCE_COMPANY", "FMI", "OTHER" };

	static final String[] PROVINCES = { "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
			"36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
			"65" };

	static final String[][] REGIMES = { { "NFRA" }, { "PBOC" }, { "CSRC" }, { "PBOC", "NFRA" }, { "PBOC", "CAC" },
			{ "NFRA", "CAC" }, { "CSRC", "CAC" } };

	static final String[] LEVELS = { "GENERAL", "GENERAL", "GENERAL", "GENERAL", "LARGE", "LARGE", "MAJOR",
			"EXTRAORDINARY" };

	static final String[] CATEGORIES = { "MP", "NA", "DS", "IC", "DE", "RO", "SHE", "AB", "FOC", "OTH" };

	static final int INSTITUTIONS = 5000;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final Instant START = ZonedDateTime.of(2023, 1, 1, 0, 0, 0, 0, CHINA).toInstant();

	private static final long SPAN_SECONDS = 4L * 365 * 24 * 3600;

	private BenchCases() {
	}

	static Map<String, Object> document(long i) {
		SplittableRandom random = new SplittableRandom(0x5EED_0000L + i);
		int institution = random.nextInt(INSTITUTIONS);
		String code = "91%02d0000BENCH%05d".formatted(10 + institution % 90, institution);
		String sector = SECTORS[institution % SECTORS.length];
		String phrase = PHRASES[random.nextInt(PHRASES.length)];
		String second = PHRASES[random.nextInt(PHRASES.length)];
		String english = ENGLISH[random.nextInt(ENGLISH.length)];
		String self = LEVELS[random.nextInt(LEVELS.length)];
		String computed = (random.nextInt(12) == 0) ? LEVELS[random.nextInt(LEVELS.length)] : self;
		Instant occurred = START.plusSeconds(random.nextLong(SPAN_SECONDS));
		boolean late = random.nextInt(12) == 0;
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("caseId", code + ":BENCH-" + i);
		doc.put("incidentId", "BENCH-" + i);
		doc.put("institutionCode", code);
		doc.put("institutionName", "示范%s机构%04d".formatted(sectorName(sector), institution));
		doc.put("sector", sector);
		doc.put("province", PROVINCES[institution % PROVINCES.length]);
		doc.put("regimes", List.of(REGIMES[random.nextInt(REGIMES.length)]));
		doc.put("category", CATEGORIES[random.nextInt(CATEGORIES.length)]);
		doc.put("subcategory", phrase);
		doc.put("cause", "EXTERNAL_ATTACK");
		doc.put("selfAssessedLevel", self);
		doc.put("computedLevel", computed);
		doc.put("underGraded", severity(self) < severity(computed));
		doc.put("late", late);
		doc.put("status", random.nextInt(5) == 0 ? "OPEN" : "CLOSED");
		doc.put("latestStage", "FINAL");
		doc.put("occurredAt", occurred.toString());
		doc.put("detectedAt", occurred.plusSeconds(600).toString());
		doc.put("reportedAt", occurred.plusSeconds(5400).toString());
		doc.put("firstReportedAt", occurred.plusSeconds(5400).toString());
		doc.put("year", occurred.atZone(CHINA).getYear());
		doc.put("title", "%s导致%s（%s）".formatted(phrase, second, english));
		doc.put("narrative", "%s期间发现%s，涉及 %s 相关系统。初步判断为%s所致，影响部分客户业务办理，已启动应急预案并向监管部门报告。第%d号事件。"
			.formatted(occurred.atZone(CHINA).toLocalDate(), phrase, english, second, i));
		doc.put("measures", "隔离相关系统，排查%s，加强 %s 监测。".formatted(second, ENGLISH[random.nextInt(ENGLISH.length)]));
		doc.put("vendors", List.of("Vendor" + random.nextInt(50)));
		doc.put("cves", List.of("CVE-2024-%05d".formatted(random.nextInt(200))));
		doc.put("kevCves", List.of());
		doc.put("outageMinutes", (long) random.nextInt(600));
		doc.put("personsAffected", (long) random.nextInt(100000));
		if (late) {
			doc.put("lateMinutes", (long) random.nextInt(1, 2000));
		}
		doc.put("contactName", "张*");
		doc.put("contactPhone", "138****5678");
		doc.put("timeline", new ArrayList<>());
		doc.put("clocks", new ArrayList<>());
		return doc;
	}

	private static String sectorName(String sector) {
		return switch (sector) {
			case "BANK" -> "银行";
			case "INSURANCE" -> "保险";
			case "SECURITIES" -> "证券";
			case "PAYMENT" -> "支付";
			default -> "金融";
		};
	}

	private static int severity(String level) {
		return switch (level) {
			case "EXTRAORDINARY" -> 4;
			case "MAJOR" -> 3;
			case "LARGE" -> 2;
			default -> 1;
		};
	}

}
