package dev.watchtower.portal.base.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Translations from {@code vaadin-i18n/translations*.properties}: the base file is
 * Simplified Chinese (the default language), {@code translations_en.properties} is
 * English.
 */
@Component
public class PortalTranslations implements I18NProvider {

	/** The default language of the portal. */
	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	/** The second language of the portal. */
	public static final Locale ENGLISH = Locale.ENGLISH;

	static final String BUNDLE = "vaadin-i18n/translations";

	private static final Logger logger = LoggerFactory.getLogger(PortalTranslations.class);

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	@Override
	public List<Locale> getProvidedLocales() {
		return List.of(CHINESE, ENGLISH);
	}

	@Override
	public String getTranslation(String key, @Nullable Locale locale, Object... params) {
		ResourceBundle bundle = bundle(supported(locale));
		if (!bundle.containsKey(key)) {
			logger.warn("Missing translation '{}' for locale {}", key, locale);
			return "!" + key;
		}
		String text = bundle.getString(key);
		return (params.length == 0) ? text : new MessageFormat(text, bundle.getLocale()).format(params);
	}

	/**
	 * The supported locale closest to the given one.
	 * @param locale a requested locale, possibly {@code null}
	 * @return {@link #ENGLISH} for any English locale, otherwise {@link #CHINESE}
	 */
	public static Locale supported(@Nullable Locale locale) {
		return (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) ? ENGLISH : CHINESE;
	}

	private ResourceBundle bundle(Locale locale) {
		try {
			return ResourceBundle.getBundle(BUNDLE, locale, PortalTranslations.class.getClassLoader(), NO_FALLBACK);
		}
		catch (MissingResourceException ex) {
			throw new IllegalStateException("Cannot load the translations %s for %s".formatted(BUNDLE, locale), ex);
		}
	}

}
