package dev.watchtower.ingestion.classification;

/**
 * The five causes of PBoC Order 〔2025〕 No. 4, Art. 3.
 */
public enum IncidentCause {

	HUMAN("人为原因"), ATTACK("遭受网络攻击"), VULNERABILITY("存在漏洞隐患"), DEFECT_OR_FAILURE("软硬件缺陷或故障"), FORCE_MAJEURE("不可抗力");

	private final String nameZh;

	IncidentCause(String nameZh) {
		this.nameZh = nameZh;
	}

	public String nameZh() {
		return this.nameZh;
	}

}
