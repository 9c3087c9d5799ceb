package dev.watchtower.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the running services answer, in the property names the applications read
 * ({@code spring.datasource.*}, {@code watchtower.elasticsearch.url}).
 *
 * @param jdbcUrl the PostgreSQL JDBC URL
 * @param username the PostgreSQL user
 * @param password the PostgreSQL password (empty for the embedded server's trust login)
 * @param elasticsearchUrl the Elasticsearch HTTP URL
 */
public record ServiceEndpoints(String jdbcUrl, String username, String password, String elasticsearchUrl) {

	public static final String JDBC_URL = "spring.datasource.url";

	public static final String USERNAME = "spring.datasource.username";

	public static final String PASSWORD = "spring.datasource.password";

	public static final String ELASTICSEARCH_URL = "watchtower.elasticsearch.url";

	public ServiceEndpoints {
		Objects.requireNonNull(jdbcUrl, "jdbcUrl");
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(password, "password");
		Objects.requireNonNull(elasticsearchUrl, "elasticsearchUrl");
	}

	/**
	 * The endpoints as application properties.
	 * @return property name to value, in a stable order
	 */
	public Map<String, String> toProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put(JDBC_URL, this.jdbcUrl);
		properties.put(USERNAME, this.username);
		properties.put(PASSWORD, this.password);
		properties.put(ELASTICSEARCH_URL, this.elasticsearchUrl);
		return properties;
	}

	/**
	 * Writes the endpoints as a properties file, atomically, so a reader never sees half
	 * a file.
	 * @param file the file
	 * @throws IOException when it cannot be written
	 */
	public void writeTo(Path file) throws IOException {
		Properties properties = new Properties();
		properties.putAll(toProperties());
		Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
		try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
			properties.store(writer, "Watchtower local services; spring.config.import this file");
		}
		Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Reads endpoints written by {@link #writeTo(Path)}.
	 * @param file the file
	 * @return the endpoints
	 * @throws IOException when the file cannot be read or lacks a property
	 */
	public static ServiceEndpoints readFrom(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new ServiceEndpoints(required(properties, JDBC_URL, file), required(properties, USERNAME, file),
				properties.getProperty(PASSWORD, ""), required(properties, ELASTICSEARCH_URL, file));
	}

	private static String required(Properties properties, String name, Path file) throws IOException {
		String value = properties.getProperty(name);
		if (value == null || value.isBlank()) {
			throw new IOException("Services file %s has no %s".formatted(file, name));
		}
		return value;
	}

}
