package dev.watchtower.portal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer wt.…} on API requests; a request without the
 * header goes on anonymously (and the authorization rules answer 401), a wrong token is
 * answered 401 at once. It writes to the application's
 * {@link SecurityContextHolderStrategy} (Vaadin installs its own), the one the chain's
 * authorization reads.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(ApiTokenAuthenticationFilter.class);

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final AuthenticationEntryPoint entryPoint;

	private final SecurityContextHolderStrategy contexts;

	ApiTokenAuthenticationFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint,
			SecurityContextHolderStrategy contexts) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		var authenticated = this.tokens.authenticate(header.substring(BEARER.length()));
		if (authenticated.isEmpty()) {
			logger.info("Rejected an API token on {} {} from {}", request.getMethod(), request.getRequestURI(),
					request.getRemoteAddr());
			this.contexts.clearContext();
			this.entryPoint.commence(request, response,
					new BadCredentialsException("Unknown, revoked or expired token"));
			return;
		}
		ApiTokenPrincipal principal = authenticated.get().principal();
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, authenticated.get().authorities()));
		this.contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

}
