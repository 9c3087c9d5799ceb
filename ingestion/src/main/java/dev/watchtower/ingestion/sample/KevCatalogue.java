package dev.watchtower.ingestion.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A subset of the CISA Known Exploited Vulnerabilities catalogue (CC0), shipped as
 * {@code kev-subset.tsv}, so sample incidents name real CVEs and vendors.
 */
final class KevCatalogue {

	private final List<Entry> entries;

	private KevCatalogue(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	static KevCatalogue bundled() {
		try (InputStream in = Objects.requireNonNull(KevCatalogue.class.getResourceAsStream("kev-subset.tsv"),
				"kev-subset.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return new KevCatalogue(reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.split("\t"))
				.map((cells) -> new Entry(cells[0], cells[1], cells[2]))
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the KEV subset", ex);
		}
	}

	List<Entry> entries() {
		return this.entries;
	}

	/**
	 * One known exploited vulnerability.
	 *
	 * @param cve CVE id
	 * @param vendor vendor or project
	 * @param product product
	 */
	record Entry(String cve, String vendor, String product) {
	}

}
