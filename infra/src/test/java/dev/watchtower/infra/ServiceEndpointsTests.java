package dev.watchtower.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class ServiceEndpointsTests {

	@TempDir
	Path folder;

	@Test
	void round_trips_through_a_properties_file_spring_can_import() throws IOException {
		ServiceEndpoints endpoints = new ServiceEndpoints("jdbc:postgresql://127.0.0.1:1/watchtower", "postgres", "",
				"http://127.0.0.1:2");
		Path file = this.folder.resolve("services.properties");

		endpoints.writeTo(file);

		assertThat(ServiceEndpoints.readFrom(file)).isEqualTo(endpoints);
		assertThat(Files.readString(file))
			.contains("spring.datasource.url=jdbc\\:postgresql\\://127.0.0.1\\:1/watchtower")
			.contains("watchtower.elasticsearch.url=");
	}

	@Test
	void refuses_a_file_without_the_database_url() throws IOException {
		Path file = this.folder.resolve("broken.properties");
		Files.writeString(file, "watchtower.elasticsearch.url=http://127.0.0.1:2\n");

		assertThatIOException().isThrownBy(() -> ServiceEndpoints.readFrom(file))
			.withMessageContaining("spring.datasource.url");
	}

}
