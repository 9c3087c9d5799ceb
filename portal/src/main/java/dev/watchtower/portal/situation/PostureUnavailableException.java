package dev.watchtower.portal.situation;

/**
 * Elasticsearch could not compute the posture dashboard; the cause says why.
 */
public class PostureUnavailableException extends RuntimeException {

	PostureUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
