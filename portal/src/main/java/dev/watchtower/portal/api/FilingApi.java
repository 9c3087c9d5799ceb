package dev.watchtower.portal.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import dev.watchtower.portal.filing.FilingFormat;
import dev.watchtower.portal.filing.FilingInbox;
import dev.watchtower.portal.filing.Submission;
import dev.watchtower.portal.filing.SubmissionStatus;
import dev.watchtower.portal.security.CurrentViewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Filing submission for institutions: a file (JSON, NDJSON, CSV or XLSX) goes into the
 * intake inbox and the answer is a receipt id; its status is asked with that id.
 */
@RestController
@RequestMapping("/api/v1/filings")
@Tag(name = "filings", description = "Submit filing files and read their receipts (institution tokens, scope SUBMIT)")
class FilingApi {

	private final FilingInbox inbox;

	private final CurrentViewer viewer;

	FilingApi(FilingInbox inbox, CurrentViewer viewer) {
		this.inbox = inbox;
		this.viewer = viewer;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Submit a filing file as multipart form data (part 'file')")
	ResponseEntity<Submission> submitMultipart(@RequestParam("file") MultipartFile file) throws IOException {
		FilingFormat format = format(file.getOriginalFilename(), file.getContentType());
		try (InputStream content = file.getInputStream()) {
			return accepted(this.inbox.submit(this.viewer.get(), format, file.getOriginalFilename(), content));
		}
	}

	@PostMapping(consumes = { MediaType.APPLICATION_JSON_VALUE, "application/x-ndjson", "application/jsonl", "text/csv",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			MediaType.APPLICATION_OCTET_STREAM_VALUE }, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Submit a filing file as the request body; the format comes from 'filename' or Content-Type")
	ResponseEntity<Submission> submitBody(HttpServletRequest request,
			@RequestParam(name = "filename", required = false) @Nullable String filename) throws IOException {
		FilingFormat format = format(filename, request.getContentType());
		try (InputStream content = request.getInputStream()) {
			return accepted(this.inbox.submit(this.viewer.get(), format, filename, content));
		}
	}

	@GetMapping(path = "/{receiptId}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Status of one of this institution's submissions: PENDING, PROCESSED or FAILED with the receipt")
	ResponseEntity<SubmissionStatus> status(@PathVariable String receiptId) {
		return this.inbox.status(receiptId, this.viewer.get())
			.map(ResponseEntity::ok)
			.orElseThrow(() -> new NotFoundException("No submission " + receiptId + " of this institution"));
	}

	private static FilingFormat format(@Nullable String filename, @Nullable String contentType) {
		return FilingFormat.of(filename, contentType)
			.orElseThrow(() -> new UnsupportedFormatException(
					"Send a .json, .ndjson, .csv or .xlsx file (got name '%s', type '%s')".formatted(filename,
							contentType)));
	}

	private static ResponseEntity<Submission> accepted(Submission submission) {
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/filings/" + submission.receiptId()))
			.body(submission);
	}

}
