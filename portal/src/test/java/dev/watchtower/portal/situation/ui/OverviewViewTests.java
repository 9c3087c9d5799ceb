package dev.watchtower.portal.situation.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.watchtower.portal.base.ui.PortalTranslations;
import dev.watchtower.portal.security.Role;
import dev.watchtower.portal.situation.SearchClusterState;
import dev.watchtower.portal.situation.SituationOverview;
import dev.watchtower.portal.situation.SituationOverviewService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

@ViewPackages(packages = { "dev.watchtower.portal.situation.ui", "dev.watchtower.portal.base.ui" })
@ContextConfiguration(classes = OverviewViewTests.ViewConfiguration.class)
@WithMockUser(username = "inspector", roles = "INSPECTOR")
class OverviewViewTests extends SpringBrowserlessTest {

	private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

	@Autowired
	private SituationOverviewService overview;

	@Autowired
	private PortalTranslations translations;

	@Test
	void shows_live_counts_from_postgresql_and_elasticsearch() {
		given(this.overview.current()).willReturn(overview(new SearchClusterState.Available("green", 3, 42)));

		navigate(OverviewView.class);

		assertThat(text("overview-users-total")).isEqualTo("4");
		assertThat(text("overview-users-regulator")).isEqualTo("2");
		assertThat(text("overview-users-analyst")).isEqualTo("0");
		assertThat(text("overview-es-status")).isEqualTo(translated("overview.search.health.green"));
		assertThat(text("overview-es-indices")).isEqualTo("3");
		assertThat(text("overview-es-documents")).isEqualTo("42");
	}

	@Test
	void says_when_elasticsearch_cannot_be_reached() {
		given(this.overview.current())
			.willReturn(overview(new SearchClusterState.Unavailable("ConnectException: Connection refused")));

		navigate(OverviewView.class);

		assertThat(text("overview-es-status")).isEqualTo(translated("overview.search.unavailable"));
		assertThat(find(Span.class).withId("overview-es-indices").exists()).isFalse();
		assertThat(text("overview-users-total")).isEqualTo("4");
	}

	@Test
	void refresh_reads_the_counts_again() {
		given(this.overview.current()).willReturn(overview(new SearchClusterState.Available("yellow", 0, 0)),
				overview(new SearchClusterState.Available("green", 1, 7)));
		navigate(OverviewView.class);

		test(find(Button.class).id("overview-refresh")).click();

		assertThat(text("overview-es-status")).isEqualTo(translated("overview.search.health.green"));
		assertThat(text("overview-es-documents")).isEqualTo("7");
	}

	@Test
	void sits_in_the_main_layout_with_user_role_and_navigation() {
		given(this.overview.current()).willReturn(overview(new SearchClusterState.Available("green", 0, 0)));

		navigate(OverviewView.class);

		assertThat(text("current-user")).isEqualTo("inspector");
		assertThat(text("current-role")).isEqualTo(translated("role.INSPECTOR"));
		assertThat(find(SideNavItem.class).withCondition((item) -> translated("nav.overview").equals(item.getLabel()))
			.exists()).isTrue();
	}

	private String translated(String key) {
		return this.translations.getTranslation(key, UI.getCurrent().getLocale());
	}

	private String text(String id) {
		return find(Span.class).id(id).getText();
	}

	private static SituationOverview overview(SearchClusterState search) {
		return new SituationOverview(NOW,
				Map.of(Role.REGULATOR, 2L, Role.INSPECTOR, 1L, Role.ANALYST, 0L, Role.ADMIN, 1L), search);
	}

	/**
	 * The view with a stubbed service, inside the real frame of {@code base.ui}
	 * (translations, Chinese by default, error handler).
	 */
	@Configuration(proxyBeanMethods = false)
	@ComponentScan(basePackageClasses = PortalTranslations.class)
	static class ViewConfiguration {

		@Bean
		SituationOverviewService situationOverviewService() {
			SituationOverviewService overview = mock(SituationOverviewService.class);
			given(overview.current()).willReturn(overview(new SearchClusterState.Available("green", 0, 0)));
			return overview;
		}

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
		}

		@Bean
		AuthenticationContext authenticationContext() {
			return new AuthenticationContext();
		}

	}

}
