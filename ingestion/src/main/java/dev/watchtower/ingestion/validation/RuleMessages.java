package dev.watchtower.ingestion.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The zh-CN and en message templates of every {@link Rule}.
 */
public final class RuleMessages {

	private static final int VALUE_DISPLAY_LIMIT = 80;

	private static final RuleMessages INSTANCE = new RuleMessages();

	private final Map<Language, Properties> templates = new EnumMap<>(Language.class);

	private RuleMessages() {
		for (Language language : Language.values()) {
			this.templates.put(language, load(language.resource));
		}
	}

	public static RuleMessages instance() {
		return INSTANCE;
	}

	/**
	 * The template of a rule, if the messages file has one.
	 * @param rule the rule
	 * @param language the language
	 * @return the template or null
	 */
	public @org.jspecify.annotations.Nullable String template(Rule rule, Language language) {
		return this.templates.get(language).getProperty(rule.id());
	}

	public String render(Finding finding, Language language) {
		String template = template(finding.rule(), language);
		if (template == null) {
			return finding.rule().id();
		}
		List<Object> args = new ArrayList<>();
		args.add(finding.path().isEmpty() ? "-" : finding.path());
		args.add(display(finding.value()));
		args.addAll(finding.extra());
		return new MessageFormat(template, language.locale).format(args.toArray());
	}

	private static String display(@org.jspecify.annotations.Nullable String value) {
		if (value == null) {
			return "";
		}
		return (value.length() > VALUE_DISPLAY_LIMIT) ? value.substring(0, VALUE_DISPLAY_LIMIT) + "…" : value;
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = Objects.requireNonNull(RuleMessages.class.getResourceAsStream(resource), resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read rule messages " + resource, ex);
		}
	}

	/**
	 * The languages messages are kept in.
	 */
	public enum Language {

		ZH_CN("rule-messages_zh_CN.properties", Locale.SIMPLIFIED_CHINESE),
		EN("rule-messages_en.properties", Locale.ENGLISH);

		private final String resource;

		private final Locale locale;

		Language(String resource, Locale locale) {
			this.resource = resource;
			this.locale = locale;
		}

	}

}
