package dev.watchtower.portal.api;

/**
 * A submission in a format the intake does not read (answered 415).
 */
class UnsupportedFormatException extends RuntimeException {

	UnsupportedFormatException(String message) {
		super(message);
	}

}
