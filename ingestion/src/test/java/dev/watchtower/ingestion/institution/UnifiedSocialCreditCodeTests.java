package dev.watchtower.ingestion.institution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * GB 32100-2015 check character.
 */
class UnifiedSocialCreditCodeTests {

	@Test
	void accepts_a_published_example_code() {
		assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y43")).isEmpty();
	}

	@Test
	void computes_the_check_character() {
		assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
		assertThat(UnifiedSocialCreditCode.withCheckCharacter("91110000100000000").value())
			.isEqualTo("91110000100000000R");
	}

	@Test
	void tells_a_wrong_check_character_from_a_wrong_format() {
		assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y44"))
			.contains(UnifiedSocialCreditCode.Problem.CHECK_DIGIT);
		assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y4"))
			.contains(UnifiedSocialCreditCode.Problem.FORMAT);
		assertThat(UnifiedSocialCreditCode.problem("91350100M00O100Y43"))
			.contains(UnifiedSocialCreditCode.Problem.FORMAT);
		assertThat(UnifiedSocialCreditCode.problem("91350100m000100Y43"))
			.contains(UnifiedSocialCreditCode.Problem.FORMAT);
		assertThatIllegalArgumentException().isThrownBy(() -> new UnifiedSocialCreditCode("91350100M000100Y44"))
			.withMessageContaining("91350100M000100Y44");
	}

	@Test
	void knows_every_gbt_2260_province() {
		assertThat(Provinces.gbt2260().all()).hasSize(34);
		assertThat(Provinces.gbt2260().byCode("65").orElseThrow().nameZh()).isEqualTo("新疆维吾尔自治区");
		assertThat(Provinces.gbt2260().contains("99")).isFalse();
	}

}
