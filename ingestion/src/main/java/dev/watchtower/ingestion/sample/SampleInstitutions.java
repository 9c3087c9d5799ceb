package dev.watchtower.ingestion.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.institution.Institution;
import dev.watchtower.ingestion.institution.Province;
import dev.watchtower.ingestion.institution.Provinces;
import dev.watchtower.ingestion.institution.Sector;
import dev.watchtower.ingestion.institution.UnifiedSocialCreditCode;

/**
 * Makes plausible institutions: sectors and provinces weighted like the Chinese financial
 * system, valid unified social credit codes, and the regimes each sector reports under.
 */
final class SampleInstitutions {

	private static final Sector[] SECTORS = { Sector.BANK, Sector.INSURANCE, Sector.SECURITIES, Sector.FUND,
			Sector.FUTURES, Sector.PAYMENT, Sector.TRUST, Sector.FINANCE_COMPANY, Sector.FMI, Sector.OTHER };

	private static final int[] SECTOR_WEIGHTS = { 40, 20, 12, 8, 5, 7, 3, 3, 1, 1 };

	private static final String[] BUSY_PROVINCES = { "11", "31", "44", "32", "33", "37", "51", "42", "35", "12" };

	private static final String[] BRANDS = { "华信", "中融", "长江", "东方", "瑞丰", "汇通", "宏泰", "海岳", "金桥", "联合", "恒信", "安泰",
			"嘉禾", "新元", "兴业达", "南山", "北辰", "天元", "民安", "鼎盛" };

	private SampleInstitutions() {
	}

	static List<Institution> make(int count, SplittableRandom random) {
		List<Province> mainland = Provinces.gbt2260().all().stream().filter(Province::mainland).toList();
		List<Institution> institutions = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Sector sector = SECTORS[weighted(SECTOR_WEIGHTS, random)];
			Province province = (random.nextInt(10) < 6)
					? Provinces.gbt2260().byCode(BUSY_PROVINCES[random.nextInt(BUSY_PROVINCES.length)]).orElseThrow()
					: mainland.get(random.nextInt(mainland.size()));
			institutions
				.add(new Institution(code(province, random), name(province, sector, i, random), sector, province));
		}
		return institutions;
	}

	static List<Regime> regimes(Sector sector, SplittableRandom random) {
		List<Regime> regimes = new ArrayList<>();
		switch (sector) {
			case BANK, INSURANCE, TRUST, FINANCE_COMPANY -> {
				regimes.add(Regime.NFRA);
				if (sector == Sector.BANK || random.nextInt(10) < 3) {
					regimes.add(Regime.PBOC);
				}
			}
			case SECURITIES, FUTURES, FUND -> {
				regimes.add(Regime.CSRC);
				if (random.nextInt(10) < 2) {
					regimes.add(Regime.PBOC);
				}
			}
			case FMI -> {
				regimes.add(Regime.PBOC);
				regimes.add(Regime.CSRC);
			}
			case PAYMENT, OTHER -> regimes.add(Regime.PBOC);
		}
		return regimes;
	}

	static int weighted(int[] weights, SplittableRandom random) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int pick = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			pick -= weights[i];
			if (pick < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static UnifiedSocialCreditCode code(Province province, SplittableRandom random) {
		StringBuilder first17 = new StringBuilder("91").append(province.code()).append("0000");
		for (int i = 0; i < 9; i++) {
			String alphabet = (i < 8) ? "0123456789ABCDEFGHJKLMNPQRTUWXY" : "0123456789";
			first17.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return UnifiedSocialCreditCode.withCheckCharacter(first17.toString());
	}

	private static String name(Province province, Sector sector, int index, SplittableRandom random) {
		String place = province.nameZh().replaceAll("(省|市|自治区|壮族|回族|维吾尔|特别行政区)", "");
		String brand = BRANDS[random.nextInt(BRANDS.length)];
		String suffix = switch (sector) {
			case BANK -> (random.nextInt(3) == 0) ? "农村商业银行股份有限公司" : "银行股份有限公司";
			case INSURANCE -> (random.nextInt(2) == 0) ? "财产保险股份有限公司" : "人寿保险股份有限公司";
			case SECURITIES -> "证券股份有限公司";
			case FUND -> "基金管理有限公司";
			case FUTURES -> "期货有限公司";
			case PAYMENT -> "支付科技有限公司";
			case TRUST -> "国际信托有限公司";
			case FINANCE_COMPANY -> "集团财务有限公司";
			case FMI -> "金融资产登记结算有限公司";
			case OTHER -> "消费金融有限公司";
		};
		return place + brand + ((index >= BRANDS.length) ? String.valueOf(index % 97) : "") + suffix;
	}

}
