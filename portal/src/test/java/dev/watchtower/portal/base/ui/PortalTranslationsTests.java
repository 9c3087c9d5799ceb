package dev.watchtower.portal.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalTranslationsTests {

	private final PortalTranslations translations = new PortalTranslations();

	@Test
	void chinese_and_english_files_have_the_same_keys() throws IOException {
		Properties chinese = load("translations.properties");
		Properties english = load("translations_en.properties");

		assertThat(english.stringPropertyNames()).as("keys of translations_en.properties")
			.containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
	}

	@Test
	void chinese_is_the_default_language() {
		assertThat(this.translations.getProvidedLocales()).first().isEqualTo(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.translations.getTranslation("nav.overview", null)).isEqualTo("态势总览");
		assertThat(this.translations.getTranslation("nav.overview", Locale.FRENCH)).isEqualTo("态势总览");
	}

	@Test
	void english_is_available_for_any_english_locale() {
		assertThat(this.translations.getTranslation("nav.overview", Locale.US)).isEqualTo("Overview");
	}

	@Test
	void fills_in_parameters() {
		assertThat(this.translations.getTranslation("notfound.text", Locale.ENGLISH, "/nowhere"))
			.isEqualTo("There is no page at /nowhere.");
	}

	@Test
	void marks_missing_keys_instead_of_failing() {
		assertThat(this.translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = PortalTranslations.class.getResourceAsStream("/vaadin-i18n/" + file)) {
			assertThat(in).as(file).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
