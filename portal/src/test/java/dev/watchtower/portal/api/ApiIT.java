package dev.watchtower.portal.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import dev.watchtower.portal.PortalITSupport;
import dev.watchtower.portal.fixtures.PortalFixtures;
import dev.watchtower.portal.security.ApiTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API end to end over HTTP: an institution submits files into the inbox (raw
 * body and multipart) and reads the status from the receipts the intake writes (here the
 * test plays the intake); a staff token searches cases and reads a case and an
 * institution; the OpenAPI document is served.
 */
class ApiIT extends PortalITSupport {

	private static final String INSTITUTION_TOKEN = "wt.de0000000000000a.demo-institution-submit-token-0000000000000";

	private static final String INSPECTOR_TOKEN = "wt.de0000000000000b.demo-inspector-query-token-0000000000000000";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private ApiTokens tokens;

	@Test
	void an_institution_submits_a_file_and_follows_it_to_its_receipt() throws Exception {
		String ndjson = "{\"schema\":\"watchtower/incident-report/v1\",\"filingId\":\"F-1\"}\n";

		HttpResponse<String> submitted = send(HttpRequest.newBuilder(uri("/api/v1/filings?filename=march.ndjson"))
			.header("Authorization", "Bearer " + INSTITUTION_TOKEN)
			.header("Content-Type", "application/x-ndjson")
			.POST(HttpRequest.BodyPublishers.ofString(ndjson)));

		assertThat(submitted.statusCode()).isEqualTo(202);
		JsonNode submission = JSON.readTree(submitted.body());
		String receiptId = submission.get("receiptId").asString();
		String file = submission.get("file").asString();
		assertThat(file).isEqualTo("api/" + receiptId + ".ndjson");
		Path inbox = DATA.resolve("inbox");
		assertThat(inbox.resolve(file)).hasContent(ndjson.strip());
		JsonNode sidecar = JSON.readTree(inbox.resolve(file + ".meta.json").toFile());
		assertThat(sidecar.get("receiptId").asString()).isEqualTo(receiptId);
		assertThat(sidecar.get("institutionCode").asString()).isEqualTo(demoInstitution());
		assertThat(sidecar.get("submittedBy").asString()).isEqualTo("token:de0000000000000a");
		try (var parts = Files.list(inbox.resolve("api"))) {
			assertThat(parts.map(Path::getFileName).map(Path::toString)).noneMatch((name) -> name.endsWith(".part"));
		}
		assertThat(status(receiptId, INSTITUTION_TOKEN).get("status").asString()).isEqualTo("PENDING");

		Path run = DATA.resolve("intake/processed/2026-11-25/api");
		Files.createDirectories(run);
		Files.move(inbox.resolve(file), run.resolve(receiptId + ".ndjson"));
		Files.writeString(run.resolve(receiptId + ".ndjson.receipt.json"), """
				{"receiptId": "%s", "file": "%s", "status": "PROCESSED", "records": 1, "written": 0,
				 "duplicates": 0, "rejected": 1, "rejects": [{"record": 1, "filingId": "F-1", "rule": "schema.required",
				 "path": "institution", "messageZh": "缺少必填字段", "messageEn": "Required field is missing"}],
				 "rejectsOmitted": 0}
				""".formatted(receiptId, file));

		JsonNode processed = status(receiptId, INSTITUTION_TOKEN);
		assertThat(processed.get("status").asString()).isEqualTo("PROCESSED");
		assertThat(processed.get("receipt").get("rejected").asInt()).isEqualTo(1);
		assertThat(processed.get("receipt").get("rejects").get(0).get("rule").asString()).isEqualTo("schema.required");
	}

	@Test
	void another_institution_cannot_read_the_receipt() throws Exception {
		String receiptId = submitCsv();
		String other = this.tokens.issueSubmitToken("other institution", PortalFixtures.SECURITIES_B, null);

		HttpResponse<String> foreign = send(
				HttpRequest.newBuilder(uri("/api/v1/filings/" + receiptId)).header("Authorization", "Bearer " + other));

		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(status(receiptId, INSTITUTION_TOKEN).get("status").asString()).isEqualTo("PENDING");
	}

	@Test
	void a_failed_file_reports_why() throws Exception {
		String receiptId = submitCsv();
		Path run = DATA.resolve("intake/failed/2026-11-25/api");
		Files.createDirectories(run);
		Files.move(DATA.resolve("inbox/api/" + receiptId + ".csv"), run.resolve(receiptId + ".csv"));
		Files.writeString(run.resolve(receiptId + ".csv.receipt.json"),
				"{\"receiptId\":\"%s\",\"status\":\"FAILED\",\"reason\":\"input.encoding\"}".formatted(receiptId));

		JsonNode failed = status(receiptId, INSTITUTION_TOKEN);

		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("receipt").get("reason").asString()).isEqualTo("input.encoding");
	}

	@Test
	void files_of_other_formats_are_refused() throws Exception {
		HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/v1/filings?filename=report.pdf"))
			.header("Authorization", "Bearer " + INSTITUTION_TOKEN)
			.header("Content-Type", "application/octet-stream")
			.POST(HttpRequest.BodyPublishers.ofString("%PDF-1.7")));

		assertThat(refused.statusCode()).isEqualTo(415);
		assertThat(JSON.readTree(refused.body()).get("error").asString()).isEqualTo("unsupported_format");
	}

	@Test
	void a_staff_token_searches_cases_with_facets_and_pages() throws Exception {
		HttpResponse<String> response = send(HttpRequest
			.newBuilder(uri("/api/v1/cases?q=" + URLEncoder.encode("数据泄露", StandardCharsets.UTF_8) + "&size=1"))
			.header("Authorization", "Bearer " + INSPECTOR_TOKEN));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode page = JSON.readTree(response.body());
		assertThat(page.get("total").asLong()).isEqualTo(2);
		assertThat(page.get("hits")).hasSize(1);
		assertThat(page.get("facets").get("category").get(0).get("value").asString()).isEqualTo("DS");
		JsonNode next = JSON.readTree(send(HttpRequest.newBuilder(uri(page.get("next").asString()))
			.header("Authorization", "Bearer " + INSPECTOR_TOKEN)).body());
		assertThat(next.get("hits").get(0).get("caseId").asString())
			.isNotEqualTo(page.get("hits").get(0).get("caseId").asString());
	}

	@Test
	void a_staff_token_reads_a_case_and_an_institution_with_masked_contacts() throws Exception {
		HttpResponse<String> detail = send(HttpRequest
			.newBuilder(uri(
					"/api/v1/cases/" + URLEncoder.encode(PortalFixtures.RANSOMWARE.caseId(), StandardCharsets.UTF_8)))
			.header("Authorization", "Bearer " + INSPECTOR_TOKEN));
		HttpResponse<String> institution = send(
				HttpRequest.newBuilder(uri("/api/v1/institutions/" + PortalFixtures.BANK_A))
					.header("Authorization", "Bearer " + INSPECTOR_TOKEN));
		HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/api/v1/cases/no-such-case"))
			.header("Authorization", "Bearer " + INSPECTOR_TOKEN));

		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("138****5678").doesNotContain("13812345678");
		assertThat(JSON.readTree(detail.body()).get("detail").get("timeline")).hasSize(3);
		assertThat(institution.statusCode()).isEqualTo(200);
		JsonNode profile = JSON.readTree(institution.body()).get("profile");
		assertThat(profile.get("score").asDouble()).isEqualTo(72.5);
		assertThat(profile.get("annualReports")).hasSize(2);
		assertThat(missing.statusCode()).isEqualTo(404);
	}

	@Test
	void the_openapi_document_describes_the_endpoints() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/openapi.json")));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode paths = JSON.readTree(response.body()).get("paths");
		assertThat(paths.propertyNames()).contains("/api/v1/filings", "/api/v1/filings/{receiptId}", "/api/v1/cases",
				"/api/v1/cases/{caseId}", "/api/v1/institutions/{code}");
		try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()) {
			HttpResponse<String> swagger = http.send(HttpRequest.newBuilder(uri("/api/v1/swagger-ui.html")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(swagger.statusCode()).isEqualTo(200);
			assertThat(swagger.body()).containsIgnoringCase("swagger");
		}
	}

	private String submitCsv() throws IOException, InterruptedException {
		String boundary = "----watchtower" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"q1.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nschema,filingId\r\nwatchtower/incident-report/v1,F-2\r\n\r\n--"
				+ boundary + "--\r\n";
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/filings"))
			.header("Authorization", "Bearer " + INSTITUTION_TOKEN)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return JSON.readTree(response.body()).get("receiptId").asString();
	}

	private JsonNode status(String receiptId, String token) throws IOException, InterruptedException {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri("/api/v1/filings/" + receiptId)).header("Authorization", "Bearer " + token));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String demoInstitution() {
		return dev.watchtower.ingestion.institution.UnifiedSocialCreditCode.withCheckCharacter("91110000MA0100001")
			.value();
	}

}
