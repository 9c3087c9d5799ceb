package dev.watchtower.ingestion.rulebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.watchtower.ingestion.digest.Sha256;
import dev.watchtower.ingestion.filing.Regime;
import tools.jackson.databind.json.JsonMapper;

/**
 * All rulebook versions of all regimes, loaded from the JSON files listed in
 * {@code rulebook/index.txt}.
 */
public final class Rulebook {

	private static final String FOLDER = "/dev/watchtower/ingestion/rulebook/";

	private final List<RegimeRulebook> versions;

	public Rulebook(List<RegimeRulebook> versions) {
		this.versions = List.copyOf(versions);
		Set<String> ids = new HashSet<>();
		allRules().forEach((id) -> {
			if (!ids.add(id)) {
				throw new IllegalArgumentException("Rule id " + id + " appears twice in the rulebook");
			}
		});
	}

	/**
	 * The rulebook shipped with the library.
	 * @return the rulebook
	 */
	public static Rulebook bundled() {
		JsonMapper mapper = JsonMapper.builder().build();
		List<RegimeRulebook> versions = new ArrayList<>();
		for (String file : index()) {
			try (InputStream in = Objects.requireNonNull(Rulebook.class.getResourceAsStream(FOLDER + file), file)) {
				versions.add(mapper.readValue(in, RegimeRulebook.class));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read rulebook file " + file, ex);
			}
		}
		return new Rulebook(versions);
	}

	/**
	 * A SHA-256 digest of the bundled rulebook files (the index and every version it
	 * lists), so that results computed with the rules can tell when they changed.
	 * @return the digest, in hexadecimal
	 */
	public static String bundledDigest() {
		try {
			MessageDigest digest = Sha256.newDigest();
			for (String file : Stream.concat(Stream.of("index.txt"), index().stream()).toList()) {
				try (InputStream in = Objects.requireNonNull(Rulebook.class.getResourceAsStream(FOLDER + file), file)) {
					digest.update(file.getBytes(StandardCharsets.UTF_8));
					digest.update(in.readAllBytes());
				}
			}
			return Sha256.hex(digest);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bundled rulebook", ex);
		}
	}

	private static List<String> index() {
		try (InputStream in = Objects.requireNonNull(Rulebook.class.getResourceAsStream(FOLDER + "index.txt"),
				"index.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().map(String::trim).filter((line) -> !line.isEmpty() && !line.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the rulebook index", ex);
		}
	}

	public List<RegimeRulebook> versions() {
		return this.versions;
	}

	/**
	 * The version of a regime's rules in force on a day.
	 * @param regime the regime
	 * @param day the day
	 * @return the version, empty when none is in force (e.g. before the rules took
	 * effect)
	 */
	public Optional<RegimeRulebook> inForce(Regime regime, LocalDate day) {
		return this.versions.stream()
			.filter((version) -> version.regime() == regime && version.inForceOn(day))
			.max(Comparator.comparing(RegimeRulebook::effectiveFrom));
	}

	/**
	 * The latest version of a regime's rules.
	 * @param regime the regime
	 * @return the version
	 */
	public Optional<RegimeRulebook> latest(Regime regime) {
		return this.versions.stream()
			.filter((version) -> version.regime() == regime)
			.max(Comparator.comparing(RegimeRulebook::effectiveFrom));
	}

	/**
	 * Every grading and deadline entry whose content is unknown ([NF]).
	 * @return the rule ids
	 */
	public List<String> unknownRules() {
		return this.versions.stream()
			.flatMap((version) -> Stream.concat(
					version.grading()
						.stream()
						.filter((rule) -> rule.provenance() == Provenance.NF)
						.map(GradingRule::id),
					version.deadlines().stream().filter((rule) -> !rule.known()).map(DeadlineRule::id)))
			.toList();
	}

	private Stream<String> allRules() {
		return this.versions.stream()
			.flatMap((version) -> Stream.concat(version.grading().stream().map(GradingRule::id),
					version.deadlines().stream().map(DeadlineRule::id)));
	}

}
