package dev.watchtower.ingestion.sample;

import java.util.SplittableRandom;

import dev.watchtower.ingestion.annualreport.AnnualReport;
import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.institution.Institution;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes annual reports for 2025, in each regime's variant.
 */
final class AnnualReports {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private AnnualReports() {
	}

	static ObjectNode report(Institution institution, Regime regime, SplittableRandom random) {
		ObjectNode report = NODES.objectNode();
		report.put("schema", AnnualReport.SCHEMA_ID);
		report.put("filingId", "A-2025-" + regime.name() + "-" + institution.code().value());
		report.put("version", 1);
		ObjectNode owner = report.putObject("institution");
		owner.put("code", institution.code().value());
		owner.put("name", institution.name());
		owner.put("sector", institution.sector().name());
		owner.put("province", institution.province().code());
		int day = (regime == Regime.NFRA) ? 5 + random.nextInt(14) : 10 + random.nextInt(60);
		report.put("reportedAt", java.time.LocalDate.of(2026, 1, 1).plusDays(day - 1) + "T10:00:00+08:00");
		report.put("regime", regime.name());
		report.put("year", 2025);
		ObjectNode sections = report.putObject("sections");
		sections.put("governance", "已设立数据安全管理委员会，明确第一责任人和牵头部门。");
		sections.put("technicalProtection", "完成重要系统等级保护测评，部署数据防泄漏和加密措施。");
		sections.put("riskMonitoring", "建立7×24小时安全监测，全年处置告警" + random.nextInt(5_000) + "条。");
		sections.put("incidents", "全年发生网络和数据安全事件若干起，均已按规定报告和处置。");
		if (regime == Regime.NFRA) {
			sections.put("entrustedProcessing", "对" + random.nextInt(40) + "家委托处理方开展评估。");
			sections.put("crossBorder", "本年度无数据出境活动。");
			sections.put("assessments", "完成年度数据安全风险评估。");
			sections.put("complaints", "受理数据安全相关投诉" + random.nextInt(200) + "件，均已办结。");
		}
		ObjectNode metrics = report.putObject("metrics");
		int general = random.nextInt(30);
		int large = random.nextInt(4);
		int major = (random.nextInt(5) == 0) ? 1 : 0;
		metrics.put("incidentsTotal", general + large + major);
		ObjectNode byLevel = metrics.putObject("incidentsByLevel");
		byLevel.put("EXTRAORDINARY", 0);
		byLevel.put("MAJOR", major);
		byLevel.put("LARGE", large);
		byLevel.put("GENERAL", general);
		metrics.put("riskAssessmentsDone", 1 + random.nextInt(6));
		metrics.put("auditsDone", random.nextInt(4));
		metrics.put("drillsDone", 1 + random.nextInt(5));
		metrics.put("staffTrained", 50 + random.nextInt(5_000));
		if (regime == Regime.CSRC) {
			metrics.put("stressTestCapacityRatio", Math.round((1.5 + random.nextDouble() * 2) * 100) / 100.0);
		}
		metrics.put("openFindings", random.nextInt(12));
		return report;
	}

}
