package dev.watchtower.portal.cases;

/**
 * Elasticsearch could not answer a case search or read; the cause says why.
 */
public class CaseSearchUnavailableException extends RuntimeException {

	CaseSearchUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
