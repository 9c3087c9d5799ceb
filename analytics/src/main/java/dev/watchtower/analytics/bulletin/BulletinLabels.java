package dev.watchtower.analytics.bulletin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.watchtower.ingestion.classification.IncidentTaxonomy;
import dev.watchtower.ingestion.institution.Provinces;
import dev.watchtower.ingestion.institution.Sector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * The Chinese and English names bulletins print for codes (GB/T 20986 categories,
 * sectors, GB/T 2260 provinces), from the ingestion library's reference data.
 *
 * @param zh code to Chinese name
 * @param en code to English name
 */
record BulletinLabels(Map<String, String> zh, Map<String, String> en) {

	BulletinLabels {
		zh = Map.copyOf(zh);
		en = Map.copyOf(en);
	}

	static BulletinLabels reference() {
		Map<String, String> zh = new TreeMap<>();
		Map<String, String> en = new TreeMap<>();
		IncidentTaxonomy.gbt20986().categories().forEach((category) -> {
			zh.put("category:" + category.code(), category.nameZh());
			en.put("category:" + category.code(), category.nameEn());
		});
		for (Sector sector : Sector.values()) {
			zh.put("sector:" + sector.name(), sector.nameZh());
			en.put("sector:" + sector.name(), sector.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
		}
		Provinces.gbt2260().all().forEach((province) -> {
			zh.put("province:" + province.code(), province.nameZh());
			en.put("province:" + province.code(), province.nameEn());
		});
		return new BulletinLabels(zh, en);
	}

	Column zh(String dimension, Column code) {
		return label(this.zh, dimension, code);
	}

	Column en(String dimension, Column code) {
		return label(this.en, dimension, code);
	}

	private static Column label(Map<String, String> names, String dimension, Column code) {
		List<Column> entries = new ArrayList<>();
		names.forEach((key, name) -> {
			if (key.startsWith(dimension + ":")) {
				entries.add(functions.lit(key.substring(dimension.length() + 1)));
				entries.add(functions.lit(name));
			}
		});
		return functions.coalesce(functions.element_at(functions.map(entries.toArray(Column[]::new)), code), code);
	}

}
