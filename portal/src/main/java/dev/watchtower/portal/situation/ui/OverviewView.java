package dev.watchtower.portal.situation.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.security.Role;
import dev.watchtower.portal.situation.SearchClusterState;
import dev.watchtower.portal.situation.SituationOverview;
import dev.watchtower.portal.situation.SituationOverviewService;
import jakarta.annotation.security.PermitAll;

/**
 * 态势总览: live counts from PostgreSQL (users per role) and Elasticsearch (cluster health,
 * Watchtower indices and documents), read again on every visit and on refresh. Every
 * signed-in role sees it.
 */
@Route("overview")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.overview")
@PermitAll
class OverviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final SituationOverviewService overview;

	private final ZoneId zone;

	private final Div content = new Div();

	OverviewView(SituationOverviewService overview, Clock clock) {
		this.overview = overview;
		this.zone = clock.getZone();
		setId("overview");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.MEDIUM);
		Button refresh = new Button(getTranslation("action.refresh"), VaadinIcon.REFRESH.create(),
				(click) -> refresh());
		refresh.setId("overview-refresh");
		refresh.addThemeVariants(ButtonVariant.TERTIARY);
		refresh.addClassNames(LumoUtility.AlignSelf.END);
		add(refresh, this.content);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("overview.title");
	}

	private void refresh() {
		SituationOverview current = this.overview.current();
		this.content.removeAll();
		this.content.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.LARGE);
		this.content.add(usersSection(current), searchSection(current.search()), observedAt(current));
	}

	private Component usersSection(SituationOverview current) {
		Div tiles = tiles();
		tiles.add(tile("overview-users-total", getTranslation("overview.users.total"), current.totalUsers()));
		for (Role role : Role.values()) {
			tiles.add(tile("overview-users-" + role.name().toLowerCase(), getTranslation("role." + role.name()),
					current.usersByRole().getOrDefault(role, 0L)));
		}
		return section(getTranslation("overview.users.heading"), tiles);
	}

	private Component searchSection(SearchClusterState search) {
		Div tiles = tiles();
		switch (search) {
			case SearchClusterState.Available available -> {
				tiles.add(tile("overview-es-status", getTranslation("overview.search.health"),
						getTranslation("overview.search.health." + available.health())));
				tiles.add(tile("overview-es-indices", getTranslation("overview.search.indices"),
						available.watchtowerIndices()));
				tiles.add(tile("overview-es-documents", getTranslation("overview.search.documents"),
						available.watchtowerDocuments()));
			}
			case SearchClusterState.Unavailable unavailable -> tiles.add(tile("overview-es-status",
					getTranslation("overview.search.health"), getTranslation("overview.search.unavailable")));
		}
		return section(getTranslation("overview.search.heading"), tiles);
	}

	private Component observedAt(SituationOverview current) {
		Span observed = new Span(getTranslation("overview.observedAt",
				DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
					.withLocale(getLocale())
					.format(current.observedAt().atZone(this.zone))));
		observed.setId("overview-observed-at");
		observed.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		return observed;
	}

	private static Div section(String heading, Div tiles) {
		H2 title = new H2(heading);
		title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
		Div section = new Div(title, tiles);
		section.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
		return section;
	}

	private static Div tiles() {
		Div tiles = new Div();
		tiles.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
		return tiles;
	}

	private static Div tile(String id, String label, Object value) {
		Span number = new Span(String.valueOf(value));
		number.setId(id);
		number.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.SEMIBOLD);
		Span caption = new Span(label);
		caption.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		Div tile = new Div(caption, number);
		tile.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.MEDIUM,
				LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5, LumoUtility.Gap.XSMALL);
		tile.getStyle().setMinWidth("9rem");
		return tile;
	}

}
