package dev.watchtower.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import dev.watchtower.infra.process.ProcessRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Starts the real embedded PostgreSQL and Elasticsearch in a folder of their own.
 */
class LocalServicesIT {

	@TempDir
	Path data;

	@BeforeEach
	void let_the_elasticsearch_service_user_in() throws IOException {
		// @TempDir folders are private; under root, Elasticsearch runs as another user.
		Files.setPosixFilePermissions(this.data, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@Test
	void starts_real_postgresql_and_elasticsearch_with_templates_and_stops_them_all() throws Exception {
		// given
		Path root = Path.of(System.getProperty("watchtower.root"));
		ServicesSettings settings = new ServicesSettings(this.data, 0, 0, ServicesSettings.bundledElasticsearch(root),
				512, Path.of(System.getProperty("java.home")), false);
		List<ProcessHandle> started;

		// when
		try (LocalServices services = LocalServices.start(settings)) {
			ServiceEndpoints endpoints = services.endpoints();
			ProcessRecords records = new ProcessRecords(settings.runDirectory());
			started = new java.util.ArrayList<>(records.live("elasticsearch"));
			started.addAll(records.live("postgres"));

			// then: PostgreSQL answers SQL in the watchtower database
			try (Connection connection = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.username(),
					endpoints.password());
					ResultSet rows = connection.createStatement()
						.executeQuery("select current_database(), version()")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("watchtower");
				assertThat(rows.getString(2)).startsWith("PostgreSQL 18");
			}
			// and: Elasticsearch is healthy and holds the versioned templates
			HttpClient http = HttpClient.newHttpClient();
			String template = http
				.send(HttpRequest
					.newBuilder(URI.create(endpoints.elasticsearchUrl() + "/_index_template/watchtower-cases"))
					.build(), HttpResponse.BodyHandlers.ofString())
				.body();
			assertThat(template).contains("watchtower-cases-v1");
			assertThat(new dev.watchtower.infra.elasticsearch.ClusterHealth(URI.create(endpoints.elasticsearchUrl()))
				.status()).hasValueSatisfying((status) -> assertThat(status).isIn("green", "yellow"));
			// and: a second owner of the same folder is refused
			assertThatExceptionOfType(LocalServices.AlreadyRunningException.class)
				.isThrownBy(() -> LocalServices.start(settings));
			assertThat(settings.endpointsFile()).exists();
			assertThat(started).isNotEmpty().allMatch(ProcessHandle::isAlive);
		}

		// then: nothing is left running and the endpoints file is gone
		assertThat(started).noneMatch(ProcessHandle::isAlive);
		assertThat(settings.endpointsFile()).doesNotExist();
		assertThat(Files.exists(this.data.resolve("postgres/postmaster.pid"))).isFalse();
		assertThat(this.data.resolve("elasticsearch/logs/console.log")).as("ran in the data folder, not a fallback")
			.exists();
	}

}
