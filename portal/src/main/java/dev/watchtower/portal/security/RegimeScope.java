package dev.watchtower.portal.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dev.watchtower.ingestion.filing.Regime;

/**
 * The regimes whose cases a user may see: all of them, or some (a PBoC supervisor sees
 * PBoC cases). A user with no scope sees no case at all: scopes fail closed.
 *
 * @param all whether every regime is in scope, now and when regimes are added
 * @param regimes the regimes in scope when not {@code all}
 */
public record RegimeScope(boolean all, Set<Regime> regimes) {

	/** The authority prefix that carries a scope, e.g. {@code REGIME_PBOC}. */
	public static final String AUTHORITY_PREFIX = "REGIME_";

	/** The scope value that grants every regime. */
	public static final String ALL = "ALL";

	public RegimeScope {
		Objects.requireNonNull(regimes, "regimes must not be null");
		regimes = regimes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(regimes));
	}

	/**
	 * Every regime.
	 * @return the unrestricted scope
	 */
	public static RegimeScope everything() {
		return new RegimeScope(true, Set.of());
	}

	/**
	 * No regime at all.
	 * @return the empty scope
	 */
	public static RegimeScope nothing() {
		return new RegimeScope(false, Set.of());
	}

	/**
	 * Some regimes.
	 * @param regimes the regimes
	 * @return their scope
	 */
	public static RegimeScope of(Regime... regimes) {
		return new RegimeScope(false, Set.of(regimes));
	}

	/**
	 * Reads a scope from granted authorities named {@code REGIME_<regime>} or
	 * {@code REGIME_ALL}; other authorities are ignored, unknown regimes too.
	 * @param authorities authority names
	 * @return the scope they grant
	 */
	public static RegimeScope fromAuthorities(Collection<String> authorities) {
		Set<String> values = authorities.stream()
			.filter((authority) -> authority.startsWith(AUTHORITY_PREFIX))
			.map((authority) -> authority.substring(AUTHORITY_PREFIX.length()))
			.collect(Collectors.toSet());
		if (values.contains(ALL)) {
			return everything();
		}
		Set<Regime> regimes = EnumSet.noneOf(Regime.class);
		for (Regime regime : Regime.values()) {
			if (values.contains(regime.name())) {
				regimes.add(regime);
			}
		}
		return new RegimeScope(false, regimes);
	}

	/**
	 * Whether a case filed under the given regimes is visible: at least one of them is in
	 * scope.
	 * @param caseRegimes regime names of the case
	 * @return {@code true} when the case may be shown
	 */
	public boolean permits(Collection<String> caseRegimes) {
		return this.all || caseRegimes.stream()
			.anyMatch((regime) -> this.regimes.stream().anyMatch((scoped) -> scoped.name().equals(regime)));
	}

	/**
	 * Whether nothing is visible.
	 * @return {@code true} for the empty scope
	 */
	public boolean isEmpty() {
		return !this.all && this.regimes.isEmpty();
	}

	/**
	 * The regime names to filter on, for a restricted scope.
	 * @return names in declaration order; empty for {@link #all()}
	 */
	public java.util.List<String> regimeNames() {
		return this.regimes.stream().sorted().map(Regime::name).toList();
	}

}
