package dev.watchtower.infra;

import dev.watchtower.infra.elasticsearch.IndexTemplates;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The text analyzer of the templates is configurable (this test lives outside the
 * templates' package: a test folder of that package would shadow the JSON resources).
 */
class IndexTemplatesTests {

	@Test
	void the_cases_template_uses_the_standard_analyzer_by_default() throws Exception {
		// when
		List<IndexTemplates.Template> templates = IndexTemplates.load(IndexTemplates.DEFAULT_TEXT_ANALYZER);

		// then
		String cases = templates.stream()
			.filter((t) -> t.name().equals("watchtower-cases"))
			.findFirst()
			.orElseThrow()
			.json();
		assertThat(cases).containsPattern("\"watchtower_text\"\\s*:\\s*\\{\\s*\"type\"\\s*:\\s*\"standard\"");
	}

	@Test
	void sets_the_configured_analyzer_type_and_leaves_the_rest_alone() throws Exception {
		// given
		String json = IndexTemplates.load()
			.stream()
			.filter((t) -> t.name().equals("watchtower-cases"))
			.findFirst()
			.orElseThrow()
			.json();

		// when
		String smartcn = IndexTemplates.withTextAnalyzer(json, "smartcn");
		String other = IndexTemplates.withTextAnalyzer(json, "watchtower_test_analyzer");

		// then
		assertThat(smartcn).containsPattern("\"watchtower_text\"\\s*:\\s*\\{\\s*\"type\"\\s*:\\s*\"smartcn\"");
		assertThat(other.replace("watchtower_test_analyzer", "standard")).isEqualTo(json);
	}

	@Test
	void refuses_an_analyzer_name_that_could_break_the_json() {
		assertThatIllegalArgumentException().isThrownBy(() -> IndexTemplates.withTextAnalyzer("{}", "cjk\", \"x"))
			.withMessageContaining("Not an analyzer type");
	}

}
