package dev.watchtower.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import dev.watchtower.infra.LocalServices;
import dev.watchtower.infra.ServiceEndpoints;
import dev.watchtower.infra.ServicesSettings;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real PostgreSQL and Elasticsearch for a test class, shared by every test of the build.
 * <ol>
 * <li>When {@code WATCHTOWER_SERVICES_FILE} names an endpoints file (written by
 * {@code ./watchtower test}, which starts the services once for the whole build), those
 * services are used.</li>
 * <li>Otherwise, when {@code WATCHTOWER_TESTCONTAINERS=true} and a Docker engine exists,
 * Testcontainers' PostgreSQL and Elasticsearch are started.</li>
 * <li>Otherwise the embedded services are started once for this JVM, in a throwaway
 * folder under {@code target/}, and stopped when the JVM's tests end.</li>
 * </ol>
 * Before the class runs, the endpoints are set as the system properties
 * {@code spring.datasource.url|username|password} and
 * {@code watchtower.elasticsearch.url}; a {@link ServiceEndpoints} test parameter is
 * resolved too.
 */
public final class WatchtowerServicesExtension implements BeforeAllCallback, ParameterResolver {

	/**
	 * Environment variable naming an endpoints file of services that are already running.
	 */
	public static final String SERVICES_FILE = "WATCHTOWER_SERVICES_FILE";

	/** Environment variable that selects Testcontainers where a Docker engine exists. */
	public static final String TESTCONTAINERS = "WATCHTOWER_TESTCONTAINERS";

	private static final Logger logger = LoggerFactory.getLogger(WatchtowerServicesExtension.class);

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(WatchtowerServicesExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		endpoints(context).toProperties().forEach(System::setProperty);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == ServiceEndpoints.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return endpoints(context);
	}

	private static ServiceEndpoints endpoints(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Services.class, (key) -> start(System.getenv()), Services.class)
			.endpoints();
	}

	static Services start(Map<String, String> environment) {
		try {
			String file = environment.get(SERVICES_FILE);
			if (file != null && !file.isBlank()) {
				logger.info("Using the Watchtower services described in {}", file);
				return new Services(ServiceEndpoints.readFrom(Path.of(file)), Optional.empty());
			}
			if ("true".equalsIgnoreCase(environment.get(TESTCONTAINERS))) {
				ContainerServices containers = ContainerServices.start();
				return new Services(containers.endpoints(), Optional.of(containers));
			}
			Path root = Path.of(System.getProperty("watchtower.root", findRoot().toString()));
			Path folder = Files.createTempDirectory(Files.createDirectories(root.resolve("target")), "test-services-");
			// Temporary folders are private; under root, Elasticsearch runs as another
			// user.
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
			ServicesSettings settings = new ServicesSettings(folder, 0, 0, ServicesSettings.bundledElasticsearch(root),
					512, Path.of(System.getProperty("java.home")), false);
			LocalServices local = LocalServices.start(settings);
			return new Services(local.endpoints(), Optional.of(() -> {
				local.close();
				deleteTree(folder);
			}));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start Watchtower test services", ex);
		}
	}

	private static Path findRoot() {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null) {
			if (Files.isRegularFile(directory.resolve("watchtower")) && Files.isDirectory(directory.resolve("infra"))) {
				return directory;
			}
			directory = directory.getParent();
		}
		throw new IllegalStateException("Cannot find the Watchtower root above " + Path.of("").toAbsolutePath()
				+ "; set the system property watchtower.root");
	}

	private static void deleteTree(Path folder) throws IOException {
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/**
	 * The services of this JVM; closed by JUnit when the root context closes.
	 */
	record Services(ServiceEndpoints endpoints, Optional<AutoCloseable> owned) implements AutoCloseable {

		@Override
		public void close() throws Exception {
			if (this.owned.isPresent()) {
				this.owned.get().close();
			}
		}

	}

}
