package dev.watchtower.ingestion.incident;

import org.jspecify.annotations.Nullable;

/**
 * The reporting contact. Personal data: {@link #toString()} masks it, and stores keep it
 * protected.
 *
 * @param name contact name
 * @param phone contact phone
 * @param idNumber identity document number
 */
public record Contact(@Nullable String name, @Nullable String phone, @Nullable String idNumber) {

	/**
	 * Masks all but the first and last character of a personal value.
	 * @param value the value
	 * @return the masked value, or null
	 */
	public static @Nullable String mask(@Nullable String value) {
		if (value == null || value.length() <= 2) {
			return (value == null) ? null : "*".repeat(value.length());
		}
		return value.charAt(0) + "*".repeat(value.length() - 2) + value.charAt(value.length() - 1);
	}

	@Override
	public String toString() {
		return "Contact[name=" + mask(this.name) + ", phone=" + mask(this.phone) + ", idNumber=" + mask(this.idNumber)
				+ "]";
	}

}
