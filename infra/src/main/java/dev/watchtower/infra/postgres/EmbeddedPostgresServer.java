package dev.watchtower.infra.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import dev.watchtower.infra.process.ProcessRecords;
import dev.watchtower.infra.process.Processes;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL server (zonky binaries) whose cluster lives in a folder of ours,
 * with a {@code watchtower} database. A server left running by a killed run is stopped
 * first.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	/** The database Watchtower uses. */
	public static final String DATABASE = "watchtower";

	/** The superuser zonky's initdb creates (trust authentication on loopback). */
	public static final String USER = "postgres";

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String SERVICE = "postgres";

	private final EmbeddedPostgres postgres;

	private final ProcessRecords records;

	private final Optional<ProcessHandle> postmaster;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, ProcessRecords records,
			Optional<ProcessHandle> postmaster) {
		this.postgres = postgres;
		this.records = records;
		this.postmaster = postmaster;
	}

	/**
	 * Starts PostgreSQL on a cluster folder, creating it on first use.
	 * @param clusterDirectory the PostgreSQL data directory
	 * @param port the port, or 0 for any free one
	 * @param durable whether to keep PostgreSQL's crash safety (off for throwaway test
	 * data)
	 * @param records where to record the server's pid
	 * @return the running server
	 * @throws IOException when PostgreSQL cannot start
	 */
	public static EmbeddedPostgresServer start(Path clusterDirectory, int port, boolean durable, ProcessRecords records)
			throws IOException {
		stopLeftover(clusterDirectory, records);
		Files.createDirectories(clusterDirectory.getParent());
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(clusterDirectory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(true)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("max_connections", "200");
		if (!durable) {
			builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
		}
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		Optional<ProcessHandle> postmaster = readPostmasterPid(clusterDirectory).flatMap(ProcessHandle::of);
		postmaster.ifPresent((process) -> records.recordRoot(SERVICE, process));
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, records, postmaster);
		server.createDatabase();
		logger.info("PostgreSQL is up on port {} (cluster {})", postgres.getPort(), clusterDirectory);
		return server;
	}

	public int port() {
		return this.postgres.getPort();
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:%d/%s".formatted(port(), DATABASE);
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
		// pg_ctl may return before the last backend is gone; wait for the postmaster
		// itself.
		this.postmaster.ifPresent((process) -> Processes.terminate(List.of(process), Duration.ofSeconds(30)));
		this.records.forget(SERVICE);
		logger.info("PostgreSQL on port {} stopped", port());
	}

	private void createDatabase() throws IOException {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			try (ResultSet rows = exists.executeQuery()) {
				if (rows.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("create database " + DATABASE + " encoding 'UTF8'");
			}
		}
		catch (SQLException ex) {
			throw new IOException("Cannot create database '%s' on port %d".formatted(DATABASE, port()), ex);
		}
	}

	/**
	 * Stops a postmaster that a killed run left on this cluster: first the one in our pid
	 * file, then whatever {@code postmaster.pid} names, if it is a live postgres process.
	 */
	private static void stopLeftover(Path clusterDirectory, ProcessRecords records) {
		for (ProcessHandle process : records.live(SERVICE)) {
			logger.info("Stopping PostgreSQL (pid {}) left running by an earlier run", process.pid());
			Processes.signal(process, "INT", Duration.ofSeconds(30));
		}
		records.forget(SERVICE);
		readPostmasterPid(clusterDirectory).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((c) -> c.endsWith("postgres")).orElse(false))
			.ifPresent((process) -> {
				logger.info("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", process.pid(),
						clusterDirectory);
				Processes.signal(process, "INT", Duration.ofSeconds(30));
			});
	}

	private static Optional<Long> readPostmasterPid(Path clusterDirectory) {
		Path pidFile = clusterDirectory.resolve("postmaster.pid");
		try {
			List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.UTF_8)
					: List.of();
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			logger.warn("Ignoring unreadable {}: {}", pidFile, ex.getMessage());
			return Optional.empty();
		}
	}

}
