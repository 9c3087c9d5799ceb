package dev.watchtower.infra.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code /_cluster/health} (the distribution has no {@code GET /}).
 */
public final class ClusterHealth {

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final URI health;

	public ClusterHealth(URI elasticsearch) {
		this.health = elasticsearch.resolve("/_cluster/health");
	}

	/**
	 * The cluster status ({@code green}, {@code yellow} or {@code red}).
	 * @return the status, or empty when the server does not answer
	 */
	public Optional<String> status() {
		try {
			HttpResponse<String> response = this.http.send(
					HttpRequest.newBuilder(this.health).timeout(Duration.ofSeconds(5)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return Optional.empty();
			}
			Matcher matcher = STATUS.matcher(response.body());
			return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

}
