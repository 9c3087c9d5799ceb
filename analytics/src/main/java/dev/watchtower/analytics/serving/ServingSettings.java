package dev.watchtower.analytics.serving;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

import dev.watchtower.analytics.run.Arguments;
import dev.watchtower.infra.elasticsearch.IndexTemplates;
import org.jspecify.annotations.Nullable;

/**
 * Where and how to index, in the names the portal uses
 * ({@code watchtower.elasticsearch.*}).
 *
 * @param url the cluster URL
 * @param username basic-authentication user, if the cluster needs one
 * @param password its password
 * @param textAnalyzer the analyzer type of {@code watchtower_text}
 * @param batchDocuments documents per bulk request
 * @param batchBytes bytes per bulk request (whichever limit comes first)
 */
public record ServingSettings(URI url, @Nullable String username, @Nullable String password, String textAnalyzer,
		int batchDocuments, long batchBytes) {

	public ServingSettings {
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(textAnalyzer, "textAnalyzer");
		if (batchDocuments < 1 || batchBytes < 1024) {
			throw new IllegalArgumentException("batchDocuments must be >= 1 and batchBytes >= 1024");
		}
	}

	/**
	 * Reads the settings: {@code --es-url}, else {@code WATCHTOWER_ELASTICSEARCH_URL},
	 * else {@code watchtower.elasticsearch.url} in the local services file; user and
	 * password from {@code WATCHTOWER_ELASTICSEARCH_USERNAME} / {@code _PASSWORD} (never
	 * from arguments); {@code --text-analyzer} or {@code WATCHTOWER_ES_TEXT_ANALYZER};
	 * {@code --bulk-docs} (2,000), {@code --bulk-mb} (8).
	 * @param arguments the arguments
	 * @param environment the environment
	 * @param servicesFile the local services file
	 * ({@code <data>/run/services.properties})
	 * @return the settings
	 */
	public static ServingSettings from(Arguments arguments, Map<String, String> environment, Path servicesFile) {
		String url = arguments.option("es-url")
			.or(() -> Optional.ofNullable(environment.get("WATCHTOWER_ELASTICSEARCH_URL")).filter((v) -> !v.isBlank()))
			.or(() -> fromServicesFile(servicesFile))
			.orElseThrow(() -> new IllegalArgumentException(
					"No Elasticsearch: pass --es-url URL, set WATCHTOWER_ELASTICSEARCH_URL, or start the local services ("
							+ servicesFile + " is missing)"));
		String analyzer = arguments.option("text-analyzer")
			.or(() -> Optional.ofNullable(environment.get(IndexTemplates.TEXT_ANALYZER_ENV))
				.filter((v) -> !v.isBlank()))
			.orElse(IndexTemplates.DEFAULT_TEXT_ANALYZER);
		return new ServingSettings(URI.create(url), environment.get("WATCHTOWER_ELASTICSEARCH_USERNAME"),
				environment.get("WATCHTOWER_ELASTICSEARCH_PASSWORD"), analyzer,
				Integer.parseInt(arguments.option("bulk-docs").orElse("2000")),
				Long.parseLong(arguments.option("bulk-mb").orElse("8")) * 1024 * 1024);
	}

	private static Optional<String> fromServicesFile(Path file) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the services file " + file, ex);
		}
		return Optional.ofNullable(properties.getProperty("watchtower.elasticsearch.url"));
	}

	/**
	 * Settings for a URL with the defaults.
	 * @param url the cluster URL
	 * @return the settings
	 */
	public static ServingSettings of(String url) {
		return new ServingSettings(URI.create(url), null, null, IndexTemplates.DEFAULT_TEXT_ANALYZER, 2000,
				8L * 1024 * 1024);
	}

	Optional<String> credentials() {
		return (this.username != null && this.password != null) ? Optional.of(this.username + ":" + this.password)
				: Optional.empty();
	}

}
