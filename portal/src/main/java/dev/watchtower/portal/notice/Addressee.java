package dev.watchtower.portal.notice;

import java.util.Objects;

/**
 * An institution a notice is addressed to.
 *
 * @param institutionCode the institution's code (unified social credit code)
 * @param name the institution's name as printed on the notice
 */
public record Addressee(String institutionCode, String name) {

	public Addressee {
		Objects.requireNonNull(institutionCode, "institutionCode must not be null");
		Objects.requireNonNull(name, "name must not be null");
		institutionCode = institutionCode.strip();
		name = name.strip();
		if (institutionCode.isEmpty() || institutionCode.length() > 32 || !institutionCode.matches("[0-9A-Za-z]+")) {
			throw new IllegalArgumentException(
					"Institution code must be 1-32 letters or digits, got '%s'".formatted(institutionCode));
		}
		if (name.isEmpty() || name.length() > 200) {
			throw new IllegalArgumentException("Institution name must be 1-200 characters, got '%s'".formatted(name));
		}
	}

}
