package dev.watchtower.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How the local services run: one data folder holding everything, fixed or free ports.
 *
 * @param dataDirectory the folder for PostgreSQL's cluster, Elasticsearch's files and run
 * state
 * @param postgresPort the PostgreSQL port, or 0 for any free one
 * @param elasticsearchPort the Elasticsearch HTTP port, or 0 for any free one
 * @param elasticsearchHome the unpacked Elasticsearch distribution
 * @param elasticsearchHeapMegabytes the Elasticsearch JVM heap
 * @param javaHome the JDK Elasticsearch runs on
 * @param durable whether PostgreSQL keeps crash safety (off for throwaway test data)
 */
public record ServicesSettings(Path dataDirectory, int postgresPort, int elasticsearchPort, Path elasticsearchHome,
		int elasticsearchHeapMegabytes, Path javaHome, boolean durable) {

	/**
	 * Default PostgreSQL port of a local run (beside, not on, a system PostgreSQL's
	 * 5432).
	 */
	public static final int DEFAULT_POSTGRES_PORT = 15432;

	/** Default Elasticsearch port of a local run. */
	public static final int DEFAULT_ELASTICSEARCH_PORT = 19200;

	public ServicesSettings {
		Objects.requireNonNull(dataDirectory, "dataDirectory");
		Objects.requireNonNull(elasticsearchHome, "elasticsearchHome");
		Objects.requireNonNull(javaHome, "javaHome");
	}

	/**
	 * Settings from the environment: {@code WATCHTOWER_DATA_DIR} (default
	 * {@code <root>/data}), {@code WATCHTOWER_PG_PORT}, {@code WATCHTOWER_ES_PORT},
	 * {@code WATCHTOWER_ES_HOME}, {@code WATCHTOWER_ES_HEAP_MB}.
	 * @param root the repository root
	 * @param environment the environment variables
	 * @return the settings
	 * @throws IOException when no Elasticsearch distribution can be found
	 */
	public static ServicesSettings fromEnvironment(Path root, Map<String, String> environment) throws IOException {
		Path data = Path.of(environment.getOrDefault("WATCHTOWER_DATA_DIR", root.resolve("data").toString()));
		Path home = environment.containsKey("WATCHTOWER_ES_HOME") ? Path.of(environment.get("WATCHTOWER_ES_HOME"))
				: bundledElasticsearch(root);
		return new ServicesSettings(data.toAbsolutePath().normalize(),
				integer(environment, "WATCHTOWER_PG_PORT", DEFAULT_POSTGRES_PORT),
				integer(environment, "WATCHTOWER_ES_PORT", DEFAULT_ELASTICSEARCH_PORT), home,
				integer(environment, "WATCHTOWER_ES_HEAP_MB", 512), Path.of(System.getProperty("java.home")),
				!"false".equals(environment.get("WATCHTOWER_PG_DURABLE")));
	}

	/**
	 * The distribution the infra build unpacked under {@code infra/target/elasticsearch}.
	 * @param root the repository root
	 * @return its home folder
	 * @throws IOException when the build has not unpacked it
	 */
	public static Path bundledElasticsearch(Path root) throws IOException {
		Path unpacked = root.resolve("infra/target/elasticsearch");
		if (Files.isDirectory(unpacked)) {
			try (Stream<Path> homes = Files.list(unpacked)) {
				var found = homes.filter((home) -> home.getFileName().toString().startsWith("elasticsearch-"))
					.filter(Files::isDirectory)
					.sorted()
					.toList();
				if (!found.isEmpty()) {
					return found.getLast();
				}
			}
		}
		throw new IOException(("No Elasticsearch distribution under %s: run './mvnw -pl infra package' "
				+ "(./watchtower does this) or set WATCHTOWER_ES_HOME")
			.formatted(unpacked));
	}

	/** The folder for run state: lock, pid files, the services properties file, logs. */
	public Path runDirectory() {
		return this.dataDirectory.resolve("run");
	}

	/** The properties file with the endpoints of running services. */
	public Path endpointsFile() {
		return runDirectory().resolve("services.properties");
	}

	private static int integer(Map<String, String> environment, String name, int defaultValue) {
		String value = environment.get(name);
		if (value == null || value.isBlank()) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("%s must be a number, was '%s'".formatted(name, value), ex);
		}
	}

}
