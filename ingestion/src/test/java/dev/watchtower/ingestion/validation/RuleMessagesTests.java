package dev.watchtower.ingestion.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Convention guard: every rule id has a zh-CN and an en message, and no message is
 * orphaned.
 */
class RuleMessagesTests {

	@Test
	void every_rule_has_a_message_in_both_languages() {
		for (Rule rule : Rule.values()) {
			for (RuleMessages.Language language : RuleMessages.Language.values()) {
				assertThat(RuleMessages.instance().template(rule, language)).as(rule.id() + " " + language)
					.isNotBlank();
			}
		}
	}

	@Test
	void messages_files_hold_no_unknown_rule_ids() throws IOException {
		// given
		Set<String> ids = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet());

		// then
		for (String file : new String[] { "rule-messages_en.properties", "rule-messages_zh_CN.properties" }) {
			Properties properties = new Properties();
			try (InputStream in = RuleMessages.class.getResourceAsStream(file)) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			assertThat(properties.stringPropertyNames()).as(file).isEqualTo(ids);
		}
	}

	@Test
	void chinese_messages_are_chinese_and_render_every_argument() {
		for (Rule rule : Rule.values()) {
			Finding finding = Finding.of(rule, "impact.outageMinutes", "VALUE", "A2", "A3", "A4");
			String zh = RuleMessages.instance().render(finding, RuleMessages.Language.ZH_CN);
			String en = RuleMessages.instance().render(finding, RuleMessages.Language.EN);
			assertThat(zh).as(rule.id()).containsPattern("\\p{IsHan}").doesNotContain("{");
			assertThat(en).as(rule.id()).doesNotContain("{");
		}
	}

	@Test
	void rule_ids_are_unique_and_lower_case_dotted() {
		assertThat(Arrays.stream(Rule.values()).map(Rule::id).distinct()).hasSize(Rule.values().length);
		assertThat(Arrays.stream(Rule.values()).map(Rule::id)).allMatch((id) -> id.matches("[a-z]+\\.[a-z0-9-]+"));
	}

}
