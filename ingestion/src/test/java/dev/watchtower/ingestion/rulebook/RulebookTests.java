package dev.watchtower.ingestion.rulebook;

import java.time.LocalDate;

import dev.watchtower.ingestion.classification.IncidentTaxonomy;
import dev.watchtower.ingestion.filing.Regime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled rulebook: one version per regime with effective dates, and unknown rules
 * marked as unknown rather than invented.
 */
class RulebookTests {

	private final Rulebook rulebook = Rulebook.bundled();

	@Test
	void has_a_version_in_force_for_every_regime_today() {
		for (Regime regime : Regime.values()) {
			assertThat(this.rulebook.inForce(regime, LocalDate.of(2026, 3, 1))).as(regime.name()).isPresent();
		}
		assertThat(this.rulebook.inForce(Regime.PBOC, LocalDate.of(2025, 7, 31))).isEmpty();
		assertThat(this.rulebook.inForce(Regime.CAC, LocalDate.of(2025, 10, 31))).isEmpty();
	}

	@Test
	void marks_what_the_sources_do_not_say_as_unknown() {
		assertThat(this.rulebook.unknownRules()).contains("PBOC-9", "PBOC-GENERAL", "PBOC-8-REST", "PBOC-CH3-FINAL",
				"NFRA-ANNEX-3", "NFRA-ANNEX-4", "NFRA-ANNEX-2-REST", "CSRC-2021-MAJOR", "CSRC-39-EMERGENCY",
				"CSRC-59-ANNUAL", "CAC-G-GENERAL");
		assertThat(this.rulebook.unknownRules()).doesNotContain("PBOC-7-1-MULTI", "NFRA-69-CLOSING", "CAC-4-OTHER");
	}

	@Test
	void every_entry_names_its_article_and_provenance() {
		this.rulebook.versions().forEach((version) -> {
			assertThat(version.source()).isNotBlank();
			version.grading().forEach((rule) -> assertThat(rule.article()).isNotBlank());
			version.deadlines().forEach((rule) -> assertThat(rule.article()).isNotBlank());
		});
	}

	@Test
	void taxonomy_has_ten_categories_with_chinese_and_english_names() {
		assertThat(IncidentTaxonomy.gbt20986().categories()).hasSize(10);
		assertThat(IncidentTaxonomy.gbt20986().byCode("NA").orElseThrow().subcategories())
			.anySatisfy((sub) -> assertThat(sub.nameZh()).isEqualTo("拒绝服务"));
		assertThat(IncidentTaxonomy.gbt20986().byCode("OTH").orElseThrow().subcategories()).isEmpty();
	}

	@Test
	void digests_the_bundled_files_the_same_way_each_time() {
		String digest = Rulebook.bundledDigest();
		assertThat(digest).matches("[0-9a-f]{64}").isEqualTo(Rulebook.bundledDigest());
	}

}
