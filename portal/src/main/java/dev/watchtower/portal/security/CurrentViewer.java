package dev.watchtower.portal.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The viewer of the current request, from Spring Security's context.
 */
@Component
public class CurrentViewer {

	private final SecurityContextHolderStrategy contexts;

	CurrentViewer(ObjectProvider<SecurityContextHolderStrategy> contexts) {
		this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
	}

	/**
	 * The signed-in user or API token of this request.
	 * @return the viewer
	 * @throws AuthenticationCredentialsNotFoundException when nobody is signed in
	 */
	public Viewer get() {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getPrincipal())) {
			throw new AuthenticationCredentialsNotFoundException("No signed-in user for this request");
		}
		return Viewer.of(authentication);
	}

}
