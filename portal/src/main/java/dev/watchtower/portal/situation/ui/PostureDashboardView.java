package dev.watchtower.portal.situation.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.institution.Sector;
import dev.watchtower.portal.base.ui.CodeLabels;
import dev.watchtower.portal.base.ui.EChart;
import dev.watchtower.portal.cases.CaseFacet;
import dev.watchtower.portal.cases.CaseQuery;
import dev.watchtower.portal.security.CurrentViewer;
import dev.watchtower.portal.security.Role;
import dev.watchtower.portal.security.Viewer;
import dev.watchtower.portal.situation.PostureDashboard;
import dev.watchtower.portal.situation.PostureDashboardService;
import dev.watchtower.portal.situation.PostureDrillDown;
import dev.watchtower.portal.situation.PostureFilter;
import dev.watchtower.portal.situation.PostureUnavailableException;
import jakarta.annotation.security.RolesAllowed;

/**
 * 行业态势: the industry's incident posture for supervisors. Every chart takes the same
 * filter (period, sector, regime, level; held in the URL) and every figure drills down to
 * the case search that lists its cases. Analysts see the charts without drill-down (they
 * do not read cases).
 */
@Route("posture")
@Menu(order = 1, icon = "vaadin:chart", title = "nav.posture")
@RolesAllowed({ "REGULATOR", "INSPECTOR", "ANALYST" })
public class PostureDashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final PostureDashboardService service;

	private final Viewer viewer;

	private final boolean drillDown;

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final MultiSelectComboBox<String> sectors = new MultiSelectComboBox<>();

	private final MultiSelectComboBox<String> regimes = new MultiSelectComboBox<>();

	private final MultiSelectComboBox<String> levels = new MultiSelectComboBox<>();

	private final Div tiles = new Div();

	private final EChart trendLevel = chart("chart-trend-level");

	private final EChart trendCategory = chart("chart-trend-category");

	private final EChart heat = chart("chart-heat");

	private final EChart provinces = chart("chart-provinces");

	private final EChart vendors = chart("chart-vendors");

	private final EChart cves = chart("chart-cves");

	private final Div bulletins = new Div();

	private PostureFilter filter = PostureFilter.everything();

	PostureDashboardView(PostureDashboardService service, CurrentViewer currentViewer, Clock clock) {
		this.service = service;
		this.viewer = currentViewer.get();
		this.drillDown = this.viewer.has(Role.REGULATOR) || this.viewer.has(Role.INSPECTOR);
		setId("posture-dashboard");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.MEDIUM);
		this.tiles.setId("posture-tiles");
		this.tiles.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
		this.bulletins.setId("posture-bulletins");
		this.heat.setHeight("380px");
		Div grid = new Div(panel("posture.trendLevel", this.trendLevel),
				panel("posture.trendCategory", this.trendCategory), panel("posture.heat", this.heat),
				panel("posture.provinces", this.provinces), panel("posture.vendors", this.vendors),
				panel("posture.cves", this.cves), panel("posture.bulletins", this.bulletins));
		grid.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(28rem, 1fr))");
		grid.addClassNames(LumoUtility.Gap.MEDIUM);
		add(filters(), this.tiles, grid);
		if (this.drillDown) {
			listen();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("posture.title");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		try {
			this.filter = PostureFilter
				.of(CaseQuery.fromParameters(event.getLocation().getQueryParameters().getParameters()));
		}
		catch (IllegalArgumentException ex) {
			this.filter = PostureFilter.everything();
		}
		this.from.setValue(this.filter.from());
		this.to.setValue(this.filter.to());
		this.sectors.setValue(this.filter.sectors());
		this.regimes.setValue(this.filter.regimes());
		this.levels.setValue(this.filter.levels());
		refresh();
	}

	private Div filters() {
		Locale locale = getLocale();
		this.from.setId("posture-from");
		this.from.setLabel(getTranslation("cases.from"));
		this.to.setId("posture-to");
		this.to.setLabel(getTranslation("cases.to"));
		setUp(this.sectors, "posture-sectors", "cases.facet.sector",
				Arrays.stream(Sector.values()).map(Enum::name).toList(), (code) -> CodeLabels.sector(code, locale));
		setUp(this.regimes, "posture-regimes", "cases.facet.regime",
				Arrays.stream(Regime.values()).map(Enum::name).toList(), (code) -> CodeLabels.regime(code, locale));
		setUp(this.levels, "posture-levels", "cases.facet.level",
				Arrays.stream(IncidentLevel.values()).map(Enum::name).toList(),
				(code) -> CodeLabels.level(code, locale));
		this.from.addValueChangeListener((change) -> changed(change.isFromClient()));
		this.to.addValueChangeListener((change) -> changed(change.isFromClient()));
		this.sectors.addValueChangeListener((change) -> changed(change.isFromClient()));
		this.regimes.addValueChangeListener((change) -> changed(change.isFromClient()));
		this.levels.addValueChangeListener((change) -> changed(change.isFromClient()));
		Div bar = new Div(this.from, this.to, this.sectors, this.regimes, this.levels);
		bar.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
				LumoUtility.AlignItems.BASELINE);
		return bar;
	}

	private void setUp(MultiSelectComboBox<String> box, String id, String label, List<String> codes,
			java.util.function.Function<String, String> names) {
		box.setId(id);
		box.setLabel(getTranslation(label));
		box.setItems(codes);
		box.setItemLabelGenerator(names::apply);
		box.setClearButtonVisible(true);
	}

	private void changed(boolean fromClient) {
		if (!fromClient) {
			return;
		}
		if (this.from.getValue() != null && this.to.getValue() != null
				&& this.from.getValue().isAfter(this.to.getValue())) {
			return;
		}
		PostureFilter changed = new PostureFilter(this.from.getValue(), this.to.getValue(), this.sectors.getValue(),
				this.regimes.getValue(), this.levels.getValue());
		UI.getCurrent().navigate(PostureDashboardView.class, new QueryParameters(changed.toParameters()));
	}

	private void listen() {
		this.trendLevel.addClickListener((click) -> open(PostureDrillDown.month(this.filter,
				YearMonth.parse(click.name()), CaseFacet.LEVEL, PostureCharts.code(click.data(), "code"))));
		this.trendCategory.addClickListener((click) -> open(PostureDrillDown.month(this.filter,
				YearMonth.parse(click.name()), CaseFacet.CATEGORY, PostureCharts.code(click.data(), "code"))));
		this.heat.addClickListener((click) -> open(PostureDrillDown.cell(this.filter,
				PostureCharts.code(click.data(), "sector"), PostureCharts.code(click.data(), "category"))));
		this.provinces.addClickListener((click) -> open(
				PostureDrillDown.value(this.filter, CaseFacet.PROVINCE, PostureCharts.code(click.data(), "code"))));
		this.vendors.addClickListener((click) -> open(
				PostureDrillDown.value(this.filter, CaseFacet.VENDOR, PostureCharts.code(click.data(), "code"))));
		this.cves.addClickListener((click) -> open(
				PostureDrillDown.value(this.filter, CaseFacet.CVE, PostureCharts.code(click.data(), "code"))));
	}

	private static void open(CaseQuery query) {
		UI.getCurrent().navigate("cases", new QueryParameters(query.toParameters()));
	}

	private void refresh() {
		PostureDashboard dashboard;
		try {
			dashboard = this.service.dashboard(this.filter, this.viewer);
		}
		catch (PostureUnavailableException ex) {
			this.tiles.removeAll();
			this.tiles.add(new Span(getTranslation("cases.unavailable")));
			return;
		}
		PostureCharts charts = new PostureCharts(getLocale());
		this.tiles.removeAll();
		this.tiles.add(
				tile("posture-total", "posture.total", String.format("%,d", dashboard.total()),
						this.filter.toCaseQuery()),
				tile("posture-late-rate", "posture.lateRate", percent(dashboard.lateRate()),
						PostureDrillDown.value(this.filter, CaseFacet.LATE, "true")),
				tile("posture-under-graded-rate", "posture.underGradedRate", percent(dashboard.underGradedRate()),
						PostureDrillDown.value(this.filter, CaseFacet.UNDER_GRADED, "true")));
		this.trendLevel.setOption(charts.trendByLevel(dashboard));
		this.trendCategory.setOption(charts.trendByCategory(dashboard));
		this.heat.setOption(charts.heat(dashboard));
		this.provinces.setOption(charts.provinces(dashboard));
		this.vendors.setOption(charts.spreads(dashboard.vendors(), "#6a1b9a"));
		this.cves.setOption(charts.spreads(dashboard.cves(), "#00695c"));
		showBulletins(dashboard.bulletins());
	}

	private void showBulletins(List<PostureDashboard.Bulletin> list) {
		this.bulletins.removeAll();
		if (list.isEmpty()) {
			this.bulletins.add(new Span(getTranslation("case.none")));
		}
		DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(java.time.ZoneId.of("Asia/Shanghai"));
		for (PostureDashboard.Bulletin bulletin : list) {
			Span title = new Span(bulletin.title());
			title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
			Span meta = new Span(((bulletin.asOf() != null) ? day.format(bulletin.asOf()) : "") + " · "
					+ bulletin.kind()
					+ ((bulletin.level() != null) ? " · " + CodeLabels.level(bulletin.level(), getLocale()) : ""));
			meta.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
			Div item = new Div(title, new Div(meta));
			item.addClassNames("bulletin", LumoUtility.Padding.Vertical.XSMALL);
			this.bulletins.add(item);
		}
	}

	private Component tile(String id, String labelKey, String value, CaseQuery drill) {
		Span number = new Span(value);
		number.setId(id);
		number.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.SEMIBOLD);
		Span caption = new Span(getTranslation(labelKey));
		caption.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		Div tile = new Div(caption, number);
		tile.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.MEDIUM,
				LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
		tile.getStyle().setMinWidth("10rem");
		if (this.drillDown) {
			Anchor open = new Anchor("cases?" + drill.toQueryString(), getTranslation("posture.openCases"));
			open.setId(id + "-cases");
			open.addClassNames(LumoUtility.FontSize.SMALL);
			tile.add(open);
		}
		return tile;
	}

	private static String percent(double share) {
		return String.format("%.1f%%", share * 100);
	}

	private Div panel(String titleKey, Component content) {
		H3 title = new H3(getTranslation(titleKey));
		title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
		Div panel = new Div(title, content);
		panel.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
				LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Border.ALL,
				LumoUtility.BorderColor.CONTRAST_10);
		return panel;
	}

	private static EChart chart(String id) {
		EChart chart = new EChart();
		chart.setId(id);
		return chart;
	}

}
