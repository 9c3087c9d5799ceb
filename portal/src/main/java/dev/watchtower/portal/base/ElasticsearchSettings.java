package dev.watchtower.portal.base;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the portal finds Elasticsearch.
 *
 * @param url base URL of the cluster, e.g. {@code http://127.0.0.1:9200}
 * @param username user for basic authentication; none for the local unsecured cluster
 * @param password password for basic authentication; only with {@code username}
 * @param connectTimeout how long to wait for a connection
 * @param socketTimeout how long to wait for a response
 * @param maxConnections connections the client keeps open to the cluster (the low-level
 * client's default of 10 per host would queue concurrent searches)
 */
@Validated
@ConfigurationProperties("watchtower.elasticsearch")
public record ElasticsearchSettings(@NotNull @DefaultValue("http://127.0.0.1:9200") URI url, @Nullable String username,
		@Nullable String password, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("10s") Duration socketTimeout, @DefaultValue("64") @Min(1) int maxConnections) {

	public ElasticsearchSettings {
		if (username != null && !username.isBlank() && password == null) {
			throw new IllegalArgumentException(
					"watchtower.elasticsearch.password is required when watchtower.elasticsearch.username ('%s') is set"
						.formatted(username));
		}
	}

	/**
	 * Whether requests carry basic-authentication credentials.
	 * @return {@code true} when a username is configured
	 */
	public boolean hasCredentials() {
		return this.username != null && !this.username.isBlank();
	}

}
