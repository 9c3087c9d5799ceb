package dev.watchtower.portal.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Prepares every new Vaadin session: the central error handler and Chinese as the
 * starting language, whatever the browser asks for (the user switches with
 * {@link LanguageSwitch}).
 */
@Component
class VaadinSessionSetup implements VaadinServiceInitListener {

	private final MainErrorHandler errorHandler;

	VaadinSessionSetup(MainErrorHandler errorHandler) {
		this.errorHandler = errorHandler;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener((sessionInit) -> {
			sessionInit.getSession().setErrorHandler(this.errorHandler);
			sessionInit.getSession().setLocale(PortalTranslations.CHINESE);
		});
	}

}
