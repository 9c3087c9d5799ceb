package dev.watchtower.ingestion.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The GB/T 20986-2023 taxonomy, loaded from {@code gbt20986-2023.tsv}. The codes come
 * from third-party data and are not yet checked against the standard's Annex B
 * (REGULATIONS.md §4.2).
 */
public final class IncidentTaxonomy {

	private static final IncidentTaxonomy GBT_20986_2023 = load();

	private final Map<String, IncidentCategory> byCode;

	private IncidentTaxonomy(Map<String, IncidentCategory> byCode) {
		this.byCode = byCode;
	}

	public static IncidentTaxonomy gbt20986() {
		return GBT_20986_2023;
	}

	public Optional<IncidentCategory> byCode(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/**
	 * The ten categories in the order of the standard.
	 * @return the categories
	 */
	public List<IncidentCategory> categories() {
		return List.copyOf(this.byCode.values());
	}

	private static IncidentTaxonomy load() {
		try (InputStream in = Objects.requireNonNull(IncidentTaxonomy.class.getResourceAsStream("gbt20986-2023.tsv"),
				"gbt20986-2023.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			Map<String, String[]> heads = new LinkedHashMap<>();
			Map<String, List<IncidentCategory.Subcategory>> subs = new LinkedHashMap<>();
			for (String line : reader.lines().toList()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t");
				if (cells[0].equals("category")) {
					heads.put(cells[1], cells);
					subs.put(cells[1], new ArrayList<>());
				}
				else {
					subs.get(cells[1]).add(new IncidentCategory.Subcategory(cells[2], cells[3]));
				}
			}
			Map<String, IncidentCategory> categories = new LinkedHashMap<>();
			heads.forEach((code, cells) -> categories.put(code,
					new IncidentCategory(code, cells[2], cells[3], subs.get(code))));
			return new IncidentTaxonomy(java.util.Collections.unmodifiableMap(categories));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the GB/T 20986-2023 taxonomy", ex);
		}
	}

}
