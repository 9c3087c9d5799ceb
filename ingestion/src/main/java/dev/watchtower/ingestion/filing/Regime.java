package dev.watchtower.ingestion.filing;

/**
 * A regulatory regime a filing is made under.
 */
public enum Regime {

	/** People's Bank of China, PBoC Order 〔2025〕 No. 4. */
	PBOC("中国人民银行", "People's Bank of China"),
	/** National Financial Regulatory Administration, 金规〔2024〕24号. */
	NFRA("国家金融监督管理总局", "National Financial Regulatory Administration"),
	/** China Securities Regulatory Commission, CSRC Order No. 218. */
	CSRC("中国证券监督管理委员会", "China Securities Regulatory Commission"),
	/**
	 * Cyberspace Administration of China, national incident reporting measures (2025).
	 */
	CAC("国家互联网信息办公室", "Cyberspace Administration of China");

	private final String nameZh;

	private final String nameEn;

	Regime(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public String nameEn() {
		return this.nameEn;
	}

}
