package dev.watchtower.ingestion.classification;

import java.util.List;
import java.util.Objects;

/**
 * A GB/T 20986-2023 incident category (大类) with its subcategories (子类).
 *
 * @param code category code, e.g. {@code MP}
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param subcategories subcategories in the order of the standard
 */
public record IncidentCategory(String code, String nameZh, String nameEn, List<Subcategory> subcategories) {

	public IncidentCategory {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(nameZh, "nameZh");
		Objects.requireNonNull(nameEn, "nameEn");
		subcategories = List.copyOf(subcategories);
	}

	/**
	 * A subcategory of a category.
	 *
	 * @param nameZh Chinese name
	 * @param nameEn English name
	 */
	public record Subcategory(String nameZh, String nameEn) {

		public Subcategory {
			Objects.requireNonNull(nameZh, "nameZh");
			Objects.requireNonNull(nameEn, "nameEn");
		}

	}

}
