package dev.watchtower.analytics.run;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.watchtower.analytics.spark.SparkSessions;
import org.jspecify.annotations.Nullable;

/**
 * The settings every job takes (STYLE item 20: the as-of date is an argument, so reruns
 * are reproducible).
 *
 * @param asOf the day the run is "as of" (China time); deadlines not yet filed by its end
 * are missing, windows end on it
 * @param lake the lake root (folder or URI)
 * @param master the Spark master
 * @param full whether to recompute everything instead of only what changed
 * @param rulesFile a rules file replacing the bundled one
 * @param kevFile a newer CISA KEV catalogue replacing the bundled copy
 * @param dataDirectory the local data folder ({@code services.properties} is under
 * {@code run/})
 */
public record JobSettings(LocalDate asOf, String lake, String master, boolean full, @Nullable Path rulesFile,
		@Nullable Path kevFile, Path dataDirectory) {

	/** China time, in which as-of dates and partition days are counted. */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	public JobSettings {
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(lake, "lake");
		Objects.requireNonNull(master, "master");
		Objects.requireNonNull(dataDirectory, "dataDirectory");
	}

	/**
	 * Reads the settings from arguments, then the environment, then defaults:
	 * {@code --as-of} (today in China by the clock), {@code --lake}
	 * ({@code WATCHTOWER_LAKE}, {@code <data>/lake}), {@code --master}
	 * ({@code local[*]}), {@code --full}, {@code --rules}, {@code --kev}; the data folder
	 * is {@code WATCHTOWER_DATA_DIR} or {@code <watchtower.root>/data}.
	 * @param arguments the arguments
	 * @param environment the environment
	 * @param clock the clock
	 * @return the settings
	 * @throws IllegalArgumentException on a malformed date
	 */
	public static JobSettings from(Arguments arguments, Map<String, String> environment, Clock clock) {
		Path data = Optional.ofNullable(environment.get("WATCHTOWER_DATA_DIR"))
			.filter((value) -> !value.isBlank())
			.map(Path::of)
			.orElseGet(() -> Path.of(System.getProperty("watchtower.root", ".")).resolve("data"));
		String lake = arguments.option("lake")
			.or(() -> Optional.ofNullable(environment.get("WATCHTOWER_LAKE")).filter((value) -> !value.isBlank()))
			.orElse(data.resolve("lake").toAbsolutePath().normalize().toString());
		LocalDate asOf;
		try {
			asOf = arguments.option("as-of")
				.map(LocalDate::parse)
				.orElseGet(() -> LocalDate.now(clock.withZone(CHINA)));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"--as-of must be a date like 2026-03-31, found '" + arguments.option("as-of").orElse("") + "'", ex);
		}
		return new JobSettings(asOf, lake, arguments.option("master").orElse(SparkSessions.LOCAL),
				arguments.flag("full"), arguments.option("rules").map(Path::of).orElse(null),
				arguments.option("kev").map(Path::of).orElse(null), data);
	}

	public JobSettings withFull(boolean full) {
		return new JobSettings(this.asOf, this.lake, this.master, full, this.rulesFile, this.kevFile,
				this.dataDirectory);
	}

}
