package dev.watchtower.ingestion.classification;

/**
 * Data levels of the NFRA measures (core, important, general split into sensitive and
 * other general), most sensitive first.
 */
public enum DataLevel {

	CORE("核心数据"), IMPORTANT("重要数据"), SENSITIVE("敏感数据"), GENERAL("一般数据");

	private final String nameZh;

	DataLevel(String nameZh) {
		this.nameZh = nameZh;
	}

	public String nameZh() {
		return this.nameZh;
	}

	public boolean isAtLeast(DataLevel other) {
		return ordinal() <= other.ordinal();
	}

}
