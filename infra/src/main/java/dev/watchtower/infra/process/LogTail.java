package dev.watchtower.infra.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The last lines of a process's log, for error messages that say why it did not start.
 */
public final class LogTail {

	private LogTail() {
	}

	/**
	 * The last lines of a log file.
	 * @param log the file
	 * @param lines how many lines at most
	 * @return the lines joined, or a note saying why the file could not be read
	 */
	public static String of(Path log, int lines) {
		try {
			List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(log " + log + " unreadable: " + ex.getMessage() + ")";
		}
	}

}
