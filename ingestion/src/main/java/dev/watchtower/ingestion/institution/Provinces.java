package dev.watchtower.ingestion.institution;

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
 * The GB/T 2260 provincial-level divisions, loaded from {@code gbt2260-provinces.tsv}.
 */
public final class Provinces {

	private static final Provinces GBT_2260 = load();

	private final Map<String, Province> byCode;

	private Provinces(Map<String, Province> byCode) {
		this.byCode = Map.copyOf(byCode);
	}

	/**
	 * The provinces of GB/T 2260.
	 * @return the registry
	 */
	public static Provinces gbt2260() {
		return GBT_2260;
	}

	public Optional<Province> byCode(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	public boolean contains(String code) {
		return this.byCode.containsKey(code);
	}

	/**
	 * All provinces in code order.
	 * @return the provinces
	 */
	public List<Province> all() {
		return this.byCode.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
	}

	private static Provinces load() {
		try (InputStream in = Objects.requireNonNull(Provinces.class.getResourceAsStream("gbt2260-provinces.tsv"),
				"gbt2260-provinces.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			Map<String, Province> provinces = new LinkedHashMap<>();
			List<String> lines = new ArrayList<>(reader.lines().toList());
			for (String line : lines) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t");
				provinces.put(cells[0], new Province(cells[0], cells[1], cells[2], Boolean.parseBoolean(cells[3])));
			}
			return new Provinces(provinces);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the GB/T 2260 province table", ex);
		}
	}

}
