package dev.watchtower.ingestion.institution;

import java.util.Objects;
import java.util.Optional;

/**
 * An 18-character unified social credit code (统一社会信用代码) whose check digit follows GB
 * 32100-2015.
 *
 * @param value the code, upper case
 */
public record UnifiedSocialCreditCode(String value) {

	/** The 31 characters a code may use, in value order (no I, O, S, V, Z). */
	public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public UnifiedSocialCreditCode {
		Objects.requireNonNull(value, "value");
		problem(value).ifPresent((problem) -> {
			throw new IllegalArgumentException("Not a valid unified social credit code (" + problem + "): " + value);
		});
	}

	/**
	 * What is wrong with a candidate code, if anything.
	 * @param candidate the text to check
	 * @return {@link Problem#FORMAT} or {@link Problem#CHECK_DIGIT}, or empty when valid
	 */
	public static Optional<Problem> problem(String candidate) {
		if (candidate.length() != 18) {
			return Optional.of(Problem.FORMAT);
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
				return Optional.of(Problem.FORMAT);
			}
		}
		return (checkCharacter(candidate.substring(0, 17)) != candidate.charAt(17)) ? Optional.of(Problem.CHECK_DIGIT)
				: Optional.empty();
	}

	/**
	 * The check character GB 32100 assigns to the first 17 characters of a code.
	 * @param first17 the first 17 characters, all from {@link #ALPHABET}
	 * @return the 18th character
	 */
	public static char checkCharacter(String first17) {
		if (first17.length() != 17) {
			throw new IllegalArgumentException("Expected 17 characters, got " + first17.length() + ": " + first17);
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int digit = ALPHABET.indexOf(first17.charAt(i));
			if (digit < 0) {
				throw new IllegalArgumentException("Character '" + first17.charAt(i) + "' is not allowed: " + first17);
			}
			sum += digit * WEIGHTS[i];
		}
		int check = 31 - (sum % 31);
		return ALPHABET.charAt((check == 31) ? 0 : check);
	}

	/**
	 * Completes 17 characters with their check character.
	 * @param first17 the first 17 characters
	 * @return a valid code
	 */
	public static UnifiedSocialCreditCode withCheckCharacter(String first17) {
		return new UnifiedSocialCreditCode(first17 + checkCharacter(first17));
	}

	/**
	 * What can be wrong with a code.
	 */
	public enum Problem {

		/** Not 18 characters from the allowed alphabet. */
		FORMAT,
		/** The 18th character does not match the GB 32100 check. */
		CHECK_DIGIT

	}

}
