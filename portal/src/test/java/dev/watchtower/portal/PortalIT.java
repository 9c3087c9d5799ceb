package dev.watchtower.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import dev.watchtower.infra.testing.WatchtowerServicesExtension;
import dev.watchtower.portal.security.Role;
import dev.watchtower.portal.situation.SearchClusterState;
import dev.watchtower.portal.situation.SituationOverview;
import dev.watchtower.portal.situation.SituationOverviewService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole portal without the demo profile, against the real PostgreSQL and
 * Elasticsearch of the build, in a schema of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(WatchtowerServicesExtension.class)
class PortalIT {

	private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SituationOverviewService overview;

	@Autowired
	private UserDetailsManager users;

	@Autowired
	private ElasticsearchClient elasticsearch;

	@Autowired
	private ApplicationContext context;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void ownSchema(DynamicPropertyRegistry registry) {
		registry.add("spring.flyway.default-schema", () -> "portal_it_" + SUFFIX);
	}

	@Test
	void flyway_created_users_and_roles() {
		List<String> applied = this.jdbc.sql("select version from flyway_schema_history where success order by 1")
			.query(String.class)
			.list();
		List<String> roles = this.jdbc.sql("select name from roles order by name").query(String.class).list();

		assertThat(applied).contains("1");
		assertThat(roles).containsExactly("ADMIN", "ANALYST", "INSPECTOR", "REGULATOR");
	}

	@Test
	void no_demo_users_without_the_demo_profile() {
		long demoUsers = this.jdbc
			.sql("select count(*) from users where username in ('regulator', 'inspector', 'analyst', 'admin')")
			.query(Long.class)
			.single();

		assertThat(demoUsers).isZero();
		assertThat(this.context.containsBean("demoUsers")).isFalse();
	}

	@Test
	void overview_counts_live_from_postgresql_and_elasticsearch() throws IOException {
		SituationOverview before = this.overview.current();
		String index = "watchtower-portal-it-" + SUFFIX;
		String analyst = "analyst-" + SUFFIX;
		this.users.createUser(
				User.withUsername(analyst).password("{noop}unused").authorities(Role.ANALYST.authority()).build());
		this.elasticsearch.indices().create((create) -> create.index(index));
		try {
			for (int i = 0; i < 2; i++) {
				String id = "doc-" + i;
				this.elasticsearch.index((request) -> request.index(index)
					.id(id)
					.document(Map.of("title", "门户集成测试 " + id))
					.refresh(Refresh.True));
			}

			SituationOverview after = this.overview.current();

			assertThat(after.usersByRole().get(Role.ANALYST)).isEqualTo(before.usersByRole().get(Role.ANALYST) + 1);
			assertThat(after.search()).isInstanceOf(SearchClusterState.Available.class);
			SearchClusterState.Available search = (SearchClusterState.Available) after.search();
			SearchClusterState.Available searchBefore = (SearchClusterState.Available) before.search();
			assertThat(search.health()).isIn("green", "yellow");
			assertThat(search.watchtowerIndices()).isEqualTo(searchBefore.watchtowerIndices() + 1);
			assertThat(search.watchtowerDocuments()).isEqualTo(searchBefore.watchtowerDocuments() + 2);
		}
		finally {
			this.elasticsearch.indices().delete((delete) -> delete.index(index));
			this.users.deleteUser(analyst);
		}
	}

	@Test
	void unauthenticated_requests_to_views_redirect_to_login() throws IOException, InterruptedException {
		try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
			for (String view : List.of("/", "/no-such-view")) {
				HttpResponse<Void> response = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + view)).build(),
						HttpResponse.BodyHandlers.discarding());

				assertThat(response.statusCode()).as(view).isEqualTo(302);
				assertThat(response.headers().firstValue("Location")).as(view)
					.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
			}
			HttpResponse<String> login = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(200);
		}
	}

}
