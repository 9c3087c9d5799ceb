package dev.watchtower.portal.schedule;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line an analytics job writes on stderr ({@code docs/analytics-runs.md}): a
 * {@code PROGRESS} line, an {@code ERROR} line, or anything else (kept in the log only).
 */
sealed interface JobOutputLine {

	Pattern PROGRESS = Pattern.compile("^PROGRESS\\s+(\\d{1,3})\\s+(\\S+)\\s*(.*)$");

	Pattern ERROR = Pattern.compile("^ERROR\\s+(.+)$");

	static JobOutputLine parse(String line) {
		Matcher progress = PROGRESS.matcher(line);
		if (progress.matches()) {
			int percent = Integer.parseInt(progress.group(1));
			if (percent <= 100) {
				return new Progress(percent, progress.group(2), progress.group(3).strip());
			}
		}
		Matcher error = ERROR.matcher(line);
		if (error.matches()) {
			return new Error(error.group(1).strip());
		}
		return new Other(line);
	}

	/**
	 * {@code PROGRESS <percent> <step> <text>}.
	 *
	 * @param percent 0-100
	 * @param step the step's name
	 * @param text free text
	 */
	record Progress(int percent, String step, String text) implements JobOutputLine {
	}

	/**
	 * {@code ERROR <message>}; the last one is the failure reason.
	 *
	 * @param message the message
	 */
	record Error(String message) implements JobOutputLine {
	}

	/**
	 * Any other line.
	 *
	 * @param line the line
	 */
	record Other(String line) implements JobOutputLine {
	}

}
