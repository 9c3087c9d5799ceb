package dev.watchtower.portal.base.ui;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The one place where unexpected UI errors end: the stack trace goes to the log under a
 * correlation id, the user sees a generic notification quoting that id and never a trace.
 */
@Component
class MainErrorHandler implements ErrorHandler {

	private static final Logger logger = LoggerFactory.getLogger(MainErrorHandler.class);

	@Override
	public void error(ErrorEvent event) {
		String correlationId = newCorrelationId();
		logger.error("Unexpected error in the portal UI [correlation id {}]", correlationId, event.getThrowable());
		UI ui = UI.getCurrent();
		if (ui != null) {
			ui.access(() -> show(ui, correlationId));
		}
	}

	static String newCorrelationId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static void show(UI ui, String correlationId) {
		Notification notification = new Notification(ui.getTranslation("error.unexpected", correlationId), 8000,
				Notification.Position.TOP_CENTER);
		notification.addThemeVariants(NotificationVariant.ERROR);
		notification.setId("error-notification");
		notification.open();
	}

}
