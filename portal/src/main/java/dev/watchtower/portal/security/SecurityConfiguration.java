package dev.watchtower.portal.security;

import javax.sql.DataSource;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.watchtower.portal.security.ui.LoginView;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login through the Vaadin login view, users and authorities from the PostgreSQL
 * tables created by Flyway, passwords hashed with bcrypt behind a delegating encoder.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	@Bean
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
		return new JdbcUserDetailsManager(dataSource);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
