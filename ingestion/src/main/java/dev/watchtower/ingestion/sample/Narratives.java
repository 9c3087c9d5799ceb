package dev.watchtower.ingestion.sample;

import java.util.SplittableRandom;

import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.institution.Institution;

/**
 * Chinese titles, narratives and measures for sample incidents.
 */
final class Narratives {

	private static final String[] SYSTEMS = { "核心业务系统", "手机银行", "网上银行", "支付清算系统", "柜面系统", "信贷管理系统", "客户信息管理系统", "交易系统",
			"集中交易系统", "保单管理系统", "数据仓库", "统一身份认证平台" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "杰", "婷", "强", "军" };

	private Narratives() {
	}

	static String system(SplittableRandom random) {
		return SYSTEMS[random.nextInt(SYSTEMS.length)];
	}

	static String person(SplittableRandom random) {
		return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
				+ ((random.nextInt(2) == 0) ? GIVEN[random.nextInt(GIVEN.length)] : "");
	}

	static String title(String category, IncidentLevel level, SplittableRandom random) {
		String what = switch (category) {
			case "NA" -> (random.nextInt(2) == 0) ? "遭受分布式拒绝服务攻击" : "边界设备漏洞被利用";
			case "MP" -> "办公终端感染勒索软件";
			case "DS" -> "客户个人信息疑似泄露";
			case "DE" -> "存储设备故障导致业务中断";
			case "RO" -> "运维人员误操作导致服务异常";
			case "SHE" -> "互联网暴露面发现高危漏洞";
			case "AB" -> "异常访问流量告警";
			case "FOC" -> "机房所在地区遭受暴雨灾害";
			case "IC" -> "官方网站页面被篡改";
			default -> "其他网络安全事件";
		};
		return system(random) + what + "（" + level.nameZh() + "）";
	}

	static String narrative(String category, Institution institution, SplittableRandom random) {
		return institution.name() + "监测到" + system(random) + "出现异常。经初步排查，事件类别为" + category + "，已启动应急预案，组织技术团队开展处置，"
				+ "并按规定向监管部门报告。影响范围及原因仍在进一步核实中。";
	}

	static String measures(String category, SplittableRandom random) {
		return switch (random.nextInt(3)) {
			case 0 -> "切换至灾备环境，恢复主要业务功能；加强监测。";
			case 1 -> "隔离受影响主机，封堵攻击来源，修复漏洞并开展全面排查。";
			default -> "回退变更，恢复配置；对相关人员开展培训并完善操作规程。";
		};
	}

}
