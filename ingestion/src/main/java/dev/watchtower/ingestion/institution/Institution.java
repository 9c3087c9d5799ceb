package dev.watchtower.ingestion.institution;

import java.util.Objects;

/**
 * A reporting institution as named in a filing.
 *
 * @param code unified social credit code (GB 32100), check digit verified
 * @param name legal name
 * @param sector the sector
 * @param province GB/T 2260 province of the domicile
 */
public record Institution(UnifiedSocialCreditCode code, String name, Sector sector, Province province) {

	/** Longest accepted legal name. */
	public static final int NAME_MAX_LENGTH = 200;

	public Institution {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(province, "province");
		if (name.isBlank()) {
			throw new IllegalArgumentException("name must not be blank for institution " + code.value());
		}
	}

}
