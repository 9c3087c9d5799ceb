package dev.watchtower.portal.audit;

import java.util.Map;

import dev.watchtower.portal.base.AuditOutcome;
import dev.watchtower.portal.base.AuditRecord;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's authentication events into audit rows: every log-in, failed
 * log-in (with the reason Spring Security gives, never the password) and log-out.
 */
@Component
class SecurityAudit {

	private final ApplicationEventPublisher events;

	SecurityAudit(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void loggedIn(AuthenticationSuccessEvent event) {
		this.events.publishEvent(new AuditRecord(event.getAuthentication().getName(), "login", "user",
				event.getAuthentication().getName(), AuditOutcome.SUCCESS, Map.of()));
	}

	@EventListener
	void loginFailed(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		this.events.publishEvent(new AuditRecord(username, "login", "user", username, AuditOutcome.FAILURE,
				Map.of("reason", event.getException().getClass().getSimpleName())));
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		this.events.publishEvent(new AuditRecord(event.getAuthentication().getName(), "logout", "user",
				event.getAuthentication().getName(), AuditOutcome.SUCCESS, Map.of()));
	}

}
