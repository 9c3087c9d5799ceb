package dev.watchtower.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.watchtower.infra.testing.WatchtowerServicesExtension;
import dev.watchtower.portal.fixtures.CaseDocumentBuilder;
import dev.watchtower.portal.fixtures.PortalFixtures;
import dev.watchtower.portal.fixtures.ServingIndexFixtures;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one portal context most integration and browser tests share (Spring caches it
 * across classes): demo profile, real PostgreSQL and Elasticsearch, a PostgreSQL schema
 * and serving-layer indexes of its own, created from the templates and loaded with
 * {@link PortalFixtures} once per JVM, and an inbox in a temporary folder.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ExtendWith(WatchtowerServicesExtension.class)
public abstract class PortalITSupport {

	protected static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

	protected static final String CASES = "portal-it-" + SUFFIX + "-cases";

	protected static final String BULLETINS = "portal-it-" + SUFFIX + "-bulletins";

	protected static final String POSTURE = "portal-it-" + SUFFIX + "-posture";

	protected static final String INSTITUTIONS = "portal-it-" + SUFFIX + "-institutions";

	protected static final Path DATA = temporaryFolder();

	private static boolean loaded;

	@DynamicPropertySource
	static void sharedPortal(DynamicPropertyRegistry registry) {
		registry.add("spring.flyway.default-schema", () -> "portal_shared_it_" + SUFFIX);
		registry.add("watchtower.portal.indexes.cases", () -> CASES);
		registry.add("watchtower.portal.indexes.bulletins", () -> BULLETINS);
		registry.add("watchtower.portal.indexes.posture", () -> POSTURE);
		registry.add("watchtower.portal.indexes.institutions", () -> INSTITUTIONS);
		registry.add("watchtower.intake.inbox", () -> DATA.resolve("inbox").toString());
		registry.add("watchtower.intake.root", () -> DATA.resolve("intake").toString());
	}

	@BeforeAll
	static synchronized void servingLayerFixtures() throws IOException {
		if (loaded) {
			return;
		}
		RestClient rest = RestClient.builder(HttpHost.create(System.getProperty("watchtower.elasticsearch.url")))
			.build();
		try (RestClientTransport transport = new RestClientTransport(rest, new Jackson3JsonpMapper())) {
			ElasticsearchClient client = new ElasticsearchClient(transport);
			ServingIndexFixtures.create(client, "watchtower-cases", CASES);
			ServingIndexFixtures.create(client, "watchtower-bulletins", BULLETINS);
			ServingIndexFixtures.create(client, "watchtower-posture", POSTURE);
			ServingIndexFixtures.create(client, "watchtower-institutions", INSTITUTIONS);
			ServingIndexFixtures.load(client, CASES, "caseId",
					PortalFixtures.allCases().stream().map(CaseDocumentBuilder::build).toList());
			ServingIndexFixtures.load(client, BULLETINS, "bulletinId", PortalFixtures.bulletins());
			ServingIndexFixtures.load(client, POSTURE, "none", PortalFixtures.posture());
			ServingIndexFixtures.load(client, INSTITUTIONS, "institutionCode",
					List.of(PortalFixtures.bankAInstitution()));
		}
		loaded = true;
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("portal-it-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
