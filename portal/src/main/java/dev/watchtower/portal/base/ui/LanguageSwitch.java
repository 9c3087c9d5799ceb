package dev.watchtower.portal.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;

/**
 * Switches the session between Chinese and English; the button names the other language.
 */
public class LanguageSwitch extends Button {

	public LanguageSwitch() {
		super(VaadinIcon.GLOBE.create());
		setId("language-switch");
		addThemeVariants(ButtonVariant.TERTIARY);
		Locale target = other(PortalTranslations.supported(currentLocale()));
		setText(getTranslation(target, "language.name"));
		addClickListener((click) -> switchTo(target));
	}

	static Locale other(Locale locale) {
		return PortalTranslations.ENGLISH.equals(locale) ? PortalTranslations.CHINESE : PortalTranslations.ENGLISH;
	}

	private static Locale currentLocale() {
		UI ui = UI.getCurrent();
		return (ui != null) ? ui.getLocale() : PortalTranslations.CHINESE;
	}

	private static void switchTo(Locale locale) {
		VaadinSession.getCurrent().setLocale(locale);
		UI.getCurrent().getPage().reload();
	}

}
