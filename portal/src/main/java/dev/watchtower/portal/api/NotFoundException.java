package dev.watchtower.portal.api;

/**
 * Nothing the caller may see exists at that address (answered 404, also for what exists
 * but is out of the caller's scope).
 */
class NotFoundException extends RuntimeException {

	NotFoundException(String message) {
		super(message);
	}

}
