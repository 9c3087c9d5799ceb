package dev.watchtower.portal.institution;

/**
 * Elasticsearch could not answer a read about institutions; the cause says why.
 */
public class InstitutionsUnavailableException extends RuntimeException {

	InstitutionsUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
