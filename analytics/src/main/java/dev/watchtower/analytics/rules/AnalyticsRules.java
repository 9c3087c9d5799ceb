package dev.watchtower.analytics.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The thresholds the analytics jobs apply (ADR 0016): small-cell suppression, peer-group
 * size bands, correlation windows, bulletin triggers and score weights.
 *
 * @param version the rules version, recorded with the results
 * @param description what the file is
 * @param smallCellMinimumInstitutions k: no published figure rests on fewer institutions
 * @param sizeBands institution size bands by persons served, smallest first
 * @param correlation correlation windows
 * @param bulletin bulletin triggers
 * @param history how long results stay reproducible
 * @param score score factors
 */
public record AnalyticsRules(String version, String description, int smallCellMinimumInstitutions,
		List<SizeBand> sizeBands, Correlation correlation, Bulletin bulletin, History history, Score score) {

	private static final String BUNDLED = "/dev/watchtower/analytics/rules/analytics-rules.json";

	public AnalyticsRules {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(correlation, "correlation");
		Objects.requireNonNull(bulletin, "bulletin");
		Objects.requireNonNull(history, "history");
		Objects.requireNonNull(score, "score");
		sizeBands = List.copyOf(sizeBands);
		if (smallCellMinimumInstitutions < 1) {
			throw new IllegalArgumentException(
					"smallCellMinimumInstitutions must be at least 1, was " + smallCellMinimumInstitutions);
		}
		if (sizeBands.isEmpty() || sizeBands.get(sizeBands.size() - 1).maxServesPersons() != null) {
			throw new IllegalArgumentException("sizeBands must end with an open band (maxServesPersons null)");
		}
	}

	/**
	 * The rules bundled with the module.
	 * @return the rules
	 */
	public static AnalyticsRules bundled() {
		try (InputStream in = Objects.requireNonNull(AnalyticsRules.class.getResourceAsStream(BUNDLED), BUNDLED)) {
			return read(in, BUNDLED);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bundled analytics rules " + BUNDLED, ex);
		}
	}

	/**
	 * Rules from a file, or the bundled ones.
	 * @param file the file, or null for the bundled rules
	 * @return the rules
	 */
	public static AnalyticsRules load(@Nullable Path file) {
		if (file == null) {
			return bundled();
		}
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the analytics rules file " + file, ex);
		}
	}

	private static AnalyticsRules read(InputStream in, String where) {
		JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try {
			return mapper.readValue(in, AnalyticsRules.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Analytics rules " + where + " are not valid: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A size band.
	 *
	 * @param band the band name
	 * @param maxServesPersons the most persons served in the band, null for the open top
	 * band
	 */
	public record SizeBand(String band, @Nullable Long maxServesPersons) {

		public SizeBand {
			Objects.requireNonNull(band, "band");
		}

	}

	/**
	 * Correlation windows.
	 *
	 * @param sharedWindowDays incidents of different institutions sharing a vendor or CVE
	 * are related when no more than this many days separate consecutive ones
	 * @param recurrenceWindowDays incidents of one institution with the same category and
	 * cause recur within this many days
	 * @param minimumInstitutions a shared group needs this many institutions
	 */
	public record Correlation(int sharedWindowDays, int recurrenceWindowDays, int minimumInstitutions) {

	}

	/**
	 * Bulletin triggers.
	 *
	 * @param windowDays the current window, ending on the as-of day
	 * @param baselineWindows how many earlier windows make the baseline
	 * @param spikeFactor a category spikes when its window count is at least this times
	 * its baseline mean
	 * @param spikeMinimumIncidents and at least this many incidents
	 * @param vendorMinimumInstitutions a vendor or CVE hitting this many institutions in
	 * the window fires
	 * @param lateRateThreshold a sector's late-filing rate above this fires
	 * @param lateRateMinimumIncidents when the sector has at least this many incidents in
	 * the window
	 */
	public record Bulletin(int windowDays, int baselineWindows, double spikeFactor, int spikeMinimumIncidents,
			int vendorMinimumInstitutions, double lateRateThreshold, int lateRateMinimumIncidents) {

	}

	/**
	 * How long results stay reproducible: the tables a bulletin records the versions of
	 * keep their Delta history (log and removed files) this long, and the maintenance job
	 * never vacuums below it (ADR 30).
	 *
	 * @param reproducibleDays days a bulletin can be recomputed from the versions it
	 * records; at least 7, Delta's own floor for removed files
	 */
	public record History(int reproducibleDays) {

		public History {
			if (reproducibleDays < 7) {
				throw new IllegalArgumentException(
						"history.reproducibleDays must be at least 7, was " + reproducibleDays);
			}
		}

	}

	/**
	 * The institution score.
	 *
	 * @param windowDays the window the factors count over, ending on the as-of day
	 * @param factors the factors
	 */
	public record Score(int windowDays, List<Factor> factors) {

		public Score {
			factors = List.copyOf(factors);
		}

	}

	/**
	 * One score factor: its value is capped at {@code cap} and scaled to 0..1, then
	 * weighted.
	 *
	 * @param factor the factor name
	 * @param weight its weight
	 * @param cap the value at which it counts fully
	 * @param en English explanation
	 * @param zh Chinese explanation
	 */
	public record Factor(String factor, double weight, double cap, String en, String zh) {

		public Factor {
			Objects.requireNonNull(factor, "factor");
			if (cap <= 0 || weight < 0) {
				throw new IllegalArgumentException("factor " + factor + " needs cap > 0 and weight >= 0");
			}
		}

	}

}
