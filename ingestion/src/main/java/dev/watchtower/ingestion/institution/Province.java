package dev.watchtower.ingestion.institution;

import java.util.Objects;

/**
 * A provincial-level division of GB/T 2260.
 *
 * @param code two-digit code, {@code 11} Beijing … {@code 82} Macao
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param mainland whether it is on the mainland (where the four regimes apply)
 */
public record Province(String code, String nameZh, String nameEn, boolean mainland) {

	public Province {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(nameZh, "nameZh");
		Objects.requireNonNull(nameEn, "nameEn");
		if (!code.matches("[1-9][0-9]")) {
			throw new IllegalArgumentException("province code must have two digits: '" + code + "'");
		}
	}

}
