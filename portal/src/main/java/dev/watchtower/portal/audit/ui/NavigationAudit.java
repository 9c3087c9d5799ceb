package dev.watchtower.portal.audit.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.watchtower.portal.base.AuditOutcome;
import dev.watchtower.portal.base.AuditRecord;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Audits every view a signed-in user opens (action {@code view}, object type
 * {@code view}, object id the route path, query parameters in the details): the overview
 * and every later screen are sensitive reads.
 */
@Component
class NavigationAudit implements VaadinServiceInitListener {

	private final ApplicationEventPublisher events;

	private final AuthenticationContext authentication;

	NavigationAudit(ApplicationEventPublisher events, AuthenticationContext authentication) {
		this.events = events;
		this.authentication = authentication;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener((init) -> init.getUI().addAfterNavigationListener(this::audit));
	}

	private void audit(AfterNavigationEvent navigation) {
		if (!this.authentication.isAuthenticated()) {
			return;
		}
		Location location = navigation.getLocation();
		Map<String, Object> details = new LinkedHashMap<>();
		if (!location.getQueryParameters().getParameters().isEmpty()) {
			details.put("query", location.getQueryParameters().getQueryString());
		}
		this.events.publishEvent(new AuditRecord(this.authentication.getPrincipalName().orElse("anonymous"), "view",
				"view", "/" + location.getPath(), AuditOutcome.SUCCESS, details));
	}

}
