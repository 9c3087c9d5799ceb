package dev.watchtower.portal.institution.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.base.ui.CodeLabels;
import dev.watchtower.portal.institution.InstitutionBulletin;
import dev.watchtower.portal.institution.InstitutionDirectory;
import dev.watchtower.portal.institution.InstitutionIncident;
import dev.watchtower.portal.institution.InstitutionProfile;
import dev.watchtower.portal.security.CurrentViewer;
import dev.watchtower.portal.security.Viewer;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * 机构画像: an institution's profile, risk score and what it is made of, annual reports,
 * incident history and the bulletins naming it, within the viewer's regimes.
 */
@Route("institutions/:code")
@RolesAllowed({ "REGULATOR", "INSPECTOR" })
public class InstitutionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final int INCIDENTS = 50;

	static final int BULLETINS = 10;

	private final InstitutionDirectory institutions;

	private final Viewer viewer;

	private final ZoneId zone;

	private String title = "";

	InstitutionView(InstitutionDirectory institutions, CurrentViewer viewer, Clock clock) {
		this.institutions = institutions;
		this.viewer = viewer.get();
		this.zone = clock.getZone();
		setId("institution");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.LARGE);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String code = event.getRouteParameters().get("code").orElse("");
		Optional<InstitutionProfile> profile = this.institutions.profile(code, this.viewer);
		if (profile.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(profile.get(), this.institutions.incidents(code, this.viewer, INCIDENTS),
				this.institutions.bulletins(code, BULLETINS));
	}

	@Override
	public String getPageTitle() {
		return this.title.isEmpty() ? getTranslation("institution.title") : this.title;
	}

	private void show(InstitutionProfile profile, List<InstitutionIncident> incidents,
			List<InstitutionBulletin> bulletins) {
		removeAll();
		this.title = profile.name();
		H2 name = new H2(profile.name());
		name.setId("institution-name");
		name.addClassNames(LumoUtility.Margin.NONE);
		Span facts = new Span(String.join(" · ", profile.code(), CodeLabels.sector(profile.sector(), getLocale()),
				CodeLabels.province(profile.province(), getLocale()),
				String.join("、", profile.regimes().stream().map((r) -> CodeLabels.regime(r, getLocale())).toList())));
		facts.addClassNames(LumoUtility.TextColor.SECONDARY);
		Anchor allCases = new Anchor("cases?institution=" + URLEncoder.encode(profile.code(), StandardCharsets.UTF_8),
				getTranslation("institution.allCases", profile.incidents()));
		allCases.setId("institution-all-cases");
		add(new Div(name, new Div(facts), allCases), score(profile), annualReports(profile), history(incidents),
				bulletins(bulletins));
	}

	private Component score(InstitutionProfile profile) {
		Div tiles = new Div(
				tile("institution-score", getTranslation("institution.score"),
						(profile.score() != null) ? "%.1f%s".formatted(profile.score(),
								(profile.scoreBand() != null) ? " (" + profile.scoreBand() + ")" : "") : "—"),
				tile("institution-incidents", getTranslation("posture.total"), String.valueOf(profile.incidents())),
				tile("institution-late-rate", getTranslation("posture.lateRate"),
						"%.1f%%".formatted(profile.lateRate() * 100)),
				tile("institution-under-graded-rate", getTranslation("posture.underGradedRate"),
						"%.1f%%".formatted(profile.underGradedRate() * 100)));
		tiles.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
		UnorderedList factors = new UnorderedList();
		factors.setId("institution-factors");
		profile.factors()
			.forEach((factor) -> factors.add(new ListItem("%s: %s × %s = %s  %s".formatted(factor.factor(),
					number(factor.value()), number(factor.weight()), number(factor.contribution()), factor.detail()))));
		Span asOf = new Span((profile.asOf() != null) ? getTranslation("institution.asOf", day(profile.asOf()))
				: getTranslation("institution.fromCasesOnly"));
		asOf.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		return section("institution-score-section", "institution.scoreTitle", tiles, factors, asOf);
	}

	private Component annualReports(InstitutionProfile profile) {
		UnorderedList list = new UnorderedList();
		list.setId("institution-annual-reports");
		for (InstitutionProfile.AnnualReportSummary report : profile.annualReports()) {
			list.add(new ListItem("%d · %s · %s %s · %s%s".formatted(report.year(),
					CodeLabels.regime(report.regime(), getLocale()), getTranslation("case.filed"),
					day(report.reportedAt()), getTranslation("institution.incidentsDeclared", report.incidentsTotal()),
					report.late() ? " · " + getTranslation("cases.late") : "")));
		}
		return section("institution-annual", "institution.annualReports",
				profile.annualReports().isEmpty() ? new Span(getTranslation("case.noAnnualReports")) : list);
	}

	private Component history(List<InstitutionIncident> incidents) {
		UnorderedList list = new UnorderedList();
		list.setId("institution-history");
		DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(this.zone);
		for (InstitutionIncident incident : incidents) {
			Anchor link = new Anchor(
					"cases/" + URLEncoder.encode(incident.caseId(), StandardCharsets.UTF_8).replace("+", "%20"),
					incident.title());
			link.getElement().setAttribute("data-case-id", incident.caseId());
			list.add(new ListItem(link, new Span(" · "
					+ ((incident.occurredAt() != null) ? minutes.format(incident.occurredAt()) : "—") + " · "
					+ ((incident.computedLevel() != null) ? CodeLabels.level(incident.computedLevel(), getLocale())
							: "—")
					+ " · " + CodeLabels.other(incident.status(), getLocale())
					+ (incident.late() ? " · " + getTranslation("cases.late") : "")
					+ (incident.underGraded() ? " · " + getTranslation("cases.underGraded") : ""))));
		}
		return section("institution-incidents-section", "institution.history",
				incidents.isEmpty() ? new Span(getTranslation("case.none")) : list);
	}

	private Component bulletins(List<InstitutionBulletin> bulletins) {
		UnorderedList list = new UnorderedList();
		list.setId("institution-bulletins");
		bulletins.forEach((bulletin) -> list.add(new ListItem(day(bulletin.asOf()) + " · " + bulletin.title())));
		return section("institution-bulletins-section", "institution.bulletins",
				bulletins.isEmpty() ? new Span(getTranslation("case.none")) : list);
	}

	private Div section(String id, String titleKey, Component... content) {
		H3 heading = new H3(getTranslation(titleKey));
		heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
		Div section = new Div(heading);
		section.add(content);
		section.setId(id);
		section.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
		return section;
	}

	private static Div tile(String id, String label, String value) {
		Span number = new Span(value);
		number.setId(id);
		number.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD);
		Span caption = new Span(label);
		caption.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		Div tile = new Div(caption, number);
		tile.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.MEDIUM,
				LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
		return tile;
	}

	private String day(@Nullable Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_LOCAL_DATE.withZone(this.zone).format(instant) : "—";
	}

	private static String number(@Nullable Double value) {
		return (value != null) ? "%.2f".formatted(value) : "—";
	}

}
