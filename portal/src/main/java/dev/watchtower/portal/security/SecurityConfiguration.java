package dev.watchtower.portal.security;

import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.watchtower.portal.security.ui.LoginView;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains. The REST API under {@code /api/**}: stateless, bearer API tokens
 * (hashed in PostgreSQL), no CSRF (no cookies), JSON 401/403. The UI: form login through
 * the Vaadin login view, users, roles and regime scopes from PostgreSQL, passwords hashed
 * with bcrypt behind a delegating encoder; views declare their roles and Vaadin's
 * navigation access control enforces them on the server.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	/**
	 * Staff roles that may read cases and institutions, in the UI and through the API.
	 */
	static final String[] CASE_READERS = { Role.REGULATOR.name(), Role.INSPECTOR.name() };

	/**
	 * A user's authorities: the roles from {@code authorities} and the regime scopes from
	 * {@code user_regimes} as {@code REGIME_<regime>}.
	 */
	static final String AUTHORITIES_QUERY = """
			select u.username, x.authority
			from users u
			cross join lateral (
			    select a.authority from authorities a where a.username = u.username
			    union all
			    select 'REGIME_' || r.regime from user_regimes r where r.username = u.username
			) x
			where u.username = ?
			""";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokens tokens,
			ObjectProvider<SecurityContextHolderStrategy> contexts) {
		AuthenticationEntryPoint unauthorized = (request, response, failure) -> json(response,
				HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
				"Send an API token: Authorization: Bearer wt.<id>.<secret>");
		AccessDeniedHandler forbidden = (request, response, denied) -> json(response, HttpServletResponse.SC_FORBIDDEN,
				"forbidden", "This token may not use this endpoint");
		return http.securityMatcher("/api/**")
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(
					new ApiTokenAuthenticationFilter(tokens, unauthorized,
							contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
					BasicAuthenticationFilter.class)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/swagger-ui.html",
						"/api/v1/swagger-ui/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/filings")
				.hasAuthority(ApiTokenScope.SUBMIT.authority())
				.requestMatchers(HttpMethod.GET, "/api/v1/filings/*")
				.hasAuthority(ApiTokenScope.SUBMIT.authority())
				.requestMatchers(HttpMethod.GET, "/api/v1/cases", "/api/v1/cases/**", "/api/v1/institutions/**")
				.access(AuthorizationManagers.allOf(
						AuthorityAuthorizationManager.hasAuthority(ApiTokenScope.QUERY.authority()),
						AuthorityAuthorizationManager.hasAnyRole(CASE_READERS)))
				.anyRequest()
				.denyAll())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http) {
		// Requests that match no Vaadin rule (unknown addresses) need a signed-in user
		// rather than being denied, so that the not-found view can answer them.
		return http
			.with(VaadinSecurityConfigurer.vaadin(),
					(vaadin) -> vaadin.loginView(LoginView.class).anyRequest(AuthorizedUrl::authenticated))
			.build();
	}

	@Bean
	JdbcUserDetailsManager userDetailsManager(DataSource dataSource) {
		JdbcUserDetailsManager users = new JdbcUserDetailsManager(dataSource);
		users.setAuthoritiesByUsernameQuery(AUTHORITIES_QUERY);
		return users;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static void json(HttpServletResponse response, int status, String error, String message)
			throws java.io.IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"status\":%d,\"error\":\"%s\",\"message\":\"%s\"}".formatted(status, error, message));
	}

}
