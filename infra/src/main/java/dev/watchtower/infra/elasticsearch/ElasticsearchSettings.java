package dev.watchtower.infra.elasticsearch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run the local Elasticsearch server.
 *
 * @param home the unpacked distribution ({@code bin/elasticsearch} inside)
 * @param directory the folder for its config, data, logs and temporary files
 * @param port the HTTP port on 127.0.0.1, or 0 for any free one
 * @param heapMegabytes the JVM heap for the server
 * @param javaHome the JDK (21 or newer) the server runs on
 */
public record ElasticsearchSettings(Path home, Path directory, int port, int heapMegabytes, Path javaHome) {

	public ElasticsearchSettings {
		Objects.requireNonNull(home, "home");
		Objects.requireNonNull(directory, "directory");
		Objects.requireNonNull(javaHome, "javaHome");
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be 0..65535, was " + port);
		}
		if (heapMegabytes < 256) {
			throw new IllegalArgumentException("heapMegabytes must be at least 256, was " + heapMegabytes);
		}
	}

}
