package dev.watchtower.portal.security;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's sign-in events into the portal's own {@link UserSignedIn} and
 * {@link SignInFailed} events, which the audit log listens to.
 */
@Component
class SignInEvents {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignInEvents(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent success) {
		this.events.publishEvent(new UserSignedIn(success.getAuthentication().getName(), this.clock.instant()));
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent failure) {
		this.events.publishEvent(new SignInFailed(failure.getAuthentication().getName(),
				failure.getException().getClass().getSimpleName(), this.clock.instant()));
	}

}
