package dev.watchtower.portal.api;

import java.util.Map;

import dev.watchtower.portal.cases.CaseSearchUnavailableException;
import dev.watchtower.portal.filing.UploadTooLargeException;
import dev.watchtower.portal.institution.InstitutionsUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * JSON errors of the API: what the caller did wrong in words, never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

	private static final Logger logger = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(NotFoundException ex) {
		return error(HttpStatus.NOT_FOUND, "not_found", ex.getMessage());
	}

	@ExceptionHandler(UnsupportedFormatException.class)
	ResponseEntity<Map<String, Object>> unsupported(UnsupportedFormatException ex) {
		return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_format", ex.getMessage());
	}

	@ExceptionHandler({ UploadTooLargeException.class, MaxUploadSizeExceededException.class })
	ResponseEntity<Map<String, Object>> tooLarge(RuntimeException ex) {
		return error(HttpStatus.CONTENT_TOO_LARGE, "too_large", ex.getMessage());
	}

	@ExceptionHandler({ IllegalArgumentException.class, MissingServletRequestParameterException.class,
			MultipartException.class })
	ResponseEntity<Map<String, Object>> badRequest(Exception ex) {
		return error(HttpStatus.BAD_REQUEST, "bad_request", ex.getMessage());
	}

	@ExceptionHandler({ CaseSearchUnavailableException.class, InstitutionsUnavailableException.class })
	ResponseEntity<Map<String, Object>> unavailable(RuntimeException ex) {
		logger.error("The API could not read the serving layer", ex);
		return error(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "The search service is unavailable; retry later");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, Object>> unexpected(Exception ex) {
		String correlationId = java.util.UUID.randomUUID().toString().substring(0, 8);
		logger.error("Unexpected error in the API [correlation id {}]", correlationId, ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
				"Unexpected error; quote reference " + correlationId);
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String error, String message) {
		return ResponseEntity.status(status)
			.body(Map.of("status", status.value(), "error", error, "message", String.valueOf(message)));
	}

}
