package dev.watchtower.portal.filing;

/**
 * A submitted file is larger than {@code watchtower.intake.max-upload-bytes}; nothing was
 * written.
 */
public class UploadTooLargeException extends RuntimeException {

	UploadTooLargeException(String message) {
		super(message);
	}

}
