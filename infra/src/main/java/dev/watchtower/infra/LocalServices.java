package dev.watchtower.infra;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import dev.watchtower.infra.elasticsearch.ElasticsearchServer;
import dev.watchtower.infra.elasticsearch.ElasticsearchSettings;
import dev.watchtower.infra.elasticsearch.IndexTemplates;
import dev.watchtower.infra.postgres.EmbeddedPostgresServer;
import dev.watchtower.infra.process.ProcessRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL and Elasticsearch running for one data folder, owned by this JVM. A file
 * lock in the run folder marks the owner; the OS drops it when the owner dies, however it
 * dies, so a killed run's leftovers are recognised and stopped by the next start.
 */
public final class LocalServices implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(LocalServices.class);

	private final ServicesSettings settings;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final EmbeddedPostgresServer postgres;

	private final ElasticsearchServer elasticsearch;

	private final ServiceEndpoints endpoints;

	private LocalServices(ServicesSettings settings, FileChannel lockChannel, FileLock lock,
			EmbeddedPostgresServer postgres, ElasticsearchServer elasticsearch) {
		this.settings = settings;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
		this.elasticsearch = elasticsearch;
		this.endpoints = new ServiceEndpoints(postgres.jdbcUrl(), EmbeddedPostgresServer.USER, "",
				elasticsearch.url().toString());
	}

	/**
	 * Starts both services and writes their endpoints file.
	 * @param settings how to run them
	 * @return the running services
	 * @throws AlreadyRunningException when another live process owns this data folder
	 * @throws IOException when a service cannot start (whatever did start is stopped
	 * again)
	 */
	public static LocalServices start(ServicesSettings settings) throws IOException {
		Files.createDirectories(settings.runDirectory());
		FileChannel channel = FileChannel.open(settings.runDirectory().resolve("services.lock"),
				StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock = tryLock(channel);
		if (lock == null) {
			channel.close();
			throw new AlreadyRunningException(settings);
		}
		Files.deleteIfExists(settings.endpointsFile());
		ProcessRecords records = new ProcessRecords(settings.runDirectory());
		ElasticsearchServer.Starting starting = null;
		EmbeddedPostgresServer postgres = null;
		try {
			starting = ElasticsearchServer.launch(new ElasticsearchSettings(settings.elasticsearchHome(),
					settings.dataDirectory().resolve("elasticsearch"), settings.elasticsearchPort(),
					settings.elasticsearchHeapMegabytes(), settings.javaHome()), records);
			postgres = EmbeddedPostgresServer.start(settings.dataDirectory().resolve("postgres"),
					settings.postgresPort(), settings.durable(), records);
			ElasticsearchServer elasticsearch = starting.await();
			IndexTemplates.apply(elasticsearch.url(), Optional.empty());
			LocalServices services = new LocalServices(settings, channel, lock, postgres, elasticsearch);
			services.endpoints.writeTo(settings.endpointsFile());
			logger.info("Watchtower services are up: PostgreSQL {} and Elasticsearch {} (data in {})",
					services.endpoints.jdbcUrl(), services.endpoints.elasticsearchUrl(), settings.dataDirectory());
			return services;
		}
		catch (IOException | RuntimeException ex) {
			if (starting != null) {
				starting.abandon();
			}
			if (postgres != null) {
				postgres.close();
			}
			lock.release();
			channel.close();
			throw ex;
		}
	}

	public ServiceEndpoints endpoints() {
		return this.endpoints;
	}

	public ServicesSettings settings() {
		return this.settings;
	}

	/**
	 * Stops both services, removes the endpoints file and releases the data folder.
	 */
	@Override
	public void close() throws IOException {
		Files.deleteIfExists(this.settings.endpointsFile());
		try {
			this.elasticsearch.close();
		}
		finally {
			try {
				this.postgres.close();
			}
			finally {
				this.lock.release();
				this.lockChannel.close();
			}
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	/**
	 * Another live process already runs the services of this data folder.
	 */
	public static final class AlreadyRunningException extends IOException {

		private static final long serialVersionUID = 1L;

		AlreadyRunningException(ServicesSettings settings) {
			super(("Watchtower services for %s are already running in another process; "
					+ "use './watchtower services status' or './watchtower services down'")
				.formatted(settings.dataDirectory()));
		}

	}

}
