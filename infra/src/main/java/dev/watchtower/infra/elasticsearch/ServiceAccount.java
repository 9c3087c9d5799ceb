package dev.watchtower.infra.elasticsearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unprivileged system user Elasticsearch runs as when Watchtower is started by root
 * (Elasticsearch refuses to run as root). Created on first use.
 *
 * @param name the user name
 * @param uid its user id
 * @param gid its primary group id
 */
record ServiceAccount(String name, int uid, int gid) {

	static final String NAME = "watchtower";

	private static final Logger logger = LoggerFactory.getLogger(ServiceAccount.class);

	/**
	 * The account to drop to, or empty when the current user is not root.
	 */
	static Optional<ServiceAccount> whenRoot() throws IOException {
		if (!"0".equals(run("id", "-u").trim())) {
			return Optional.empty();
		}
		if (exitCode("id", "-u", NAME) != 0) {
			logger.info("Creating system user '{}' to run Elasticsearch (it refuses to run as root)", NAME);
			String output = run("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell",
					"/usr/sbin/nologin", NAME);
			if (exitCode("id", "-u", NAME) != 0) {
				throw new IOException("Cannot create system user '%s': %s".formatted(NAME, output));
			}
		}
		return Optional.of(new ServiceAccount(NAME, Integer.parseInt(run("id", "-u", NAME).trim()),
				Integer.parseInt(run("id", "-g", NAME).trim())));
	}

	/** The command prefix that runs a program as this account. */
	List<String> asUser() {
		return List.of("setpriv", "--reuid=" + this.uid, "--regid=" + this.gid, "--init-groups");
	}

	void own(Path directory) throws IOException {
		String output = run("chown", "-R", this.uid + ":" + this.gid, directory.toString());
		if (!output.isBlank()) {
			throw new IOException("Cannot hand %s to user %s: %s".formatted(directory, this.name, output));
		}
	}

	/**
	 * Whether this account can run the program and write the folder (all parents
	 * traversable).
	 */
	boolean canUse(Path executable, Path writable) throws IOException {
		List<String> command = new ArrayList<>(asUser());
		command.addAll(List.of("--", "test", "-x", executable.toString(), "-a", "-w", writable.toString()));
		return exitCode(command.toArray(String[]::new)) == 0;
	}

	private static String run(String... command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			return output;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while running " + String.join(" ", command), ex);
		}
	}

	private static int exitCode(String... command) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			return process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while running " + String.join(" ", command), ex);
		}
	}

}
