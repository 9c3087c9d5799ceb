package dev.watchtower.ingestion.institution;

/**
 * The sector of a reporting institution.
 */
public enum Sector {

	BANK("银行"), INSURANCE("保险"), SECURITIES("证券"), FUTURES("期货"), FUND("基金"), PAYMENT("支付"), TRUST("信托"),
	FINANCE_COMPANY("财务公司"), FMI("金融市场基础设施"), OTHER("其他");

	private final String nameZh;

	Sector(String nameZh) {
		this.nameZh = nameZh;
	}

	public String nameZh() {
		return this.nameZh;
	}

}
