package dev.watchtower.portal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import dev.watchtower.portal.fixtures.PortalFixtures;
import dev.watchtower.portal.security.ApiTokens;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open which view and call which endpoint, decided on the server. Views: Vaadin's
 * navigation access control (the check that runs before every navigation) for each
 * signed-in demo user and anonymous. Endpoints: real HTTP requests with each API token,
 * with no token, with a wrong token and with a signed-in user's session cookie (the API
 * ignores sessions).
 */
class RoleMatrixIT extends PortalITSupport {

	private static final String INSTITUTION_TOKEN = "wt.de0000000000000a.demo-institution-submit-token-0000000000000";

	private static final String INSPECTOR_TOKEN = "wt.de0000000000000b.demo-inspector-query-token-0000000000000000";

	private static final String CASE = PortalFixtures.RANSOMWARE.caseId();

	/** Views and who may open them (anonymous may open none of them). */
	private static final Map<String, Set<String>> VIEWS = Map.of(//
			"dev.watchtower.portal.situation.ui.HomeView", Set.of("REGULATOR", "INSPECTOR", "ANALYST", "ADMIN"),
			"dev.watchtower.portal.situation.ui.OverviewView", Set.of("REGULATOR", "INSPECTOR", "ANALYST", "ADMIN"),
			"dev.watchtower.portal.situation.ui.PostureDashboardView", Set.of("REGULATOR", "INSPECTOR", "ANALYST"),
			"dev.watchtower.portal.cases.ui.CaseSearchView", Set.of("REGULATOR", "INSPECTOR"),
			"dev.watchtower.portal.cases.ui.CaseDetailView", Set.of("REGULATOR", "INSPECTOR"),
			"dev.watchtower.portal.institution.ui.InstitutionView", Set.of("REGULATOR", "INSPECTOR"));

	private static String adminQueryToken;

	private static String analystQueryToken;

	@LocalServerPort
	private int port;

	@Autowired
	private NavigationAccessControl navigationAccess;

	@Autowired
	private ServletContext servletContext;

	@BeforeAll
	static void moreTokens(@Autowired ApiTokens tokens) {
		if (adminQueryToken == null) {
			adminQueryToken = tokens.issueQueryToken("role matrix: admin", "admin", null);
			analystQueryToken = tokens.issueQueryToken("role matrix: analyst", "analyst", null);
		}
	}

	static Stream<Arguments> views() {
		List<Arguments> cases = new ArrayList<>();
		for (String view : VIEWS.keySet().stream().sorted().toList()) {
			for (String role : List.of("ANONYMOUS", "REGULATOR", "INSPECTOR", "ANALYST", "ADMIN")) {
				cases.add(Arguments.of(view.substring(view.lastIndexOf('.') + 1), view, role,
						VIEWS.get(view).contains(role)));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} for {2}: allowed={3}")
	@MethodSource("views")
	void views_are_open_only_to_their_roles(String name, String view, String role, boolean allowed)
			throws ClassNotFoundException {
		Principal principal = role.equals("ANONYMOUS") ? null : () -> role.toLowerCase();
		Router router = new Router(ApplicationRouteRegistry.getInstance(new VaadinServletContext(this.servletContext)));
		NavigationContext navigation = new NavigationContext(router, Class.forName(view), new Location(name),
				RouteParameters.empty(), principal, role::equals, false);

		AccessCheckDecision decision = this.navigationAccess.checkAccess(navigation, true).decision();

		assertThat(decision).isEqualTo(allowed ? AccessCheckDecision.ALLOW : AccessCheckDecision.DENY);
	}

	static Stream<Arguments> endpoints() {
		String cases = "GET /api/v1/cases?q=" + URLEncoder.encode("勒索", StandardCharsets.UTF_8);
		String detail = "GET /api/v1/cases/" + URLEncoder.encode(CASE, StandardCharsets.UTF_8);
		String institution = "GET /api/v1/institutions/" + PortalFixtures.BANK_A;
		String submit = "POST /api/v1/filings";
		String receipt = "GET /api/v1/filings/r-unknown";
		String openapi = "GET /api/v1/openapi.json";
		List<Arguments> rows = new ArrayList<>();
		for (String endpoint : List.of(cases, detail, institution)) {
			rows.add(Arguments.of(endpoint, "none", 401));
			rows.add(Arguments.of(endpoint, "wrong token", 401));
			rows.add(Arguments.of(endpoint, "session of inspector", 401));
			rows.add(Arguments.of(endpoint, "institution token", 403));
			rows.add(Arguments.of(endpoint, "admin query token", 403));
			rows.add(Arguments.of(endpoint, "analyst query token", 403));
			rows.add(Arguments.of(endpoint, "inspector query token", 200));
		}
		rows.add(Arguments.of(submit, "none", 401));
		rows.add(Arguments.of(submit, "wrong token", 401));
		rows.add(Arguments.of(submit, "session of inspector", 401));
		rows.add(Arguments.of(submit, "inspector query token", 403));
		rows.add(Arguments.of(submit, "institution token", 202));
		rows.add(Arguments.of(receipt, "none", 401));
		rows.add(Arguments.of(receipt, "inspector query token", 403));
		rows.add(Arguments.of(receipt, "institution token", 404));
		rows.add(Arguments.of(openapi, "none", 200));
		rows.add(Arguments.of("GET /api/v1/no-such-endpoint", "inspector query token", 403));
		return rows.stream();
	}

	@ParameterizedTest(name = "{0} with {1} -> {2}")
	@MethodSource("endpoints")
	void endpoints_answer_each_caller_as_the_rules_say(String endpoint, String caller, int expected)
			throws IOException, InterruptedException {
		String[] parts = endpoint.split(" ", 2);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + parts[1]));
		if (parts[0].equals("POST")) {
			request.header("Content-Type", "application/x-ndjson")
				.POST(HttpRequest.BodyPublishers.ofString("{\"schema\":\"watchtower/incident-report/v1\"}\n"));
		}
		switch (caller) {
			case "wrong token" -> request.header("Authorization",
					"Bearer wt.de0000000000000a.not-the-secret-000000000000000000000000000");
			case "institution token" -> request.header("Authorization", "Bearer " + INSTITUTION_TOKEN);
			case "inspector query token" -> request.header("Authorization", "Bearer " + INSPECTOR_TOKEN);
			case "admin query token" -> request.header("Authorization", "Bearer " + adminQueryToken);
			case "analyst query token" -> request.header("Authorization", "Bearer " + analystQueryToken);
			case "session of inspector" -> request.header("Cookie", sessionOf("inspector"));
			default -> {
			}
		}
		try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
			if (expected >= 400) {
				assertThat(response.headers().firstValue("Content-Type"))
					.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
			}
		}
	}

	@Test
	void anonymous_requests_for_views_and_chart_scripts_go_to_the_login_page() throws Exception {
		try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
			for (String path : List.of("/cases", "/posture", "/institutions/x",
					"/webjars/echarts/5.3.1/dist/echarts.min.js")) {
				HttpResponse<Void> response = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
						HttpResponse.BodyHandlers.discarding());

				assertThat(response.statusCode()).as(path).isEqualTo(302);
				assertThat(response.headers().firstValue("Location")).as(path)
					.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
			}
		}
	}

	@Test
	void a_signed_in_user_gets_the_chart_script() throws Exception {
		try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
			HttpResponse<String> script = http.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/webjars/echarts/5.3.1/dist/echarts.min.js"))
				.header("Cookie", sessionOf("regulator"))
				.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(script.statusCode()).isEqualTo(200);
			assertThat(script.body()).contains("echarts");
		}
	}

	/**
	 * Signs a demo user in through the form login and returns the session cookie.
	 */
	private String sessionOf(String username) throws IOException, InterruptedException {
		try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
			HttpResponse<String> page = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
			HttpResponse<Void> login = http.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Cookie", cookie)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + username + "-demo"))
				.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(login.headers().firstValue("Location")).as("sign-in of " + username)
				.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
			return login.headers().firstValue("Set-Cookie").map((value) -> value.split(";")[0]).orElse(cookie);
		}
	}

}
