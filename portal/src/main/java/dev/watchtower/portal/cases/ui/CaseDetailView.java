package dev.watchtower.portal.cases.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.base.ui.CodeLabels;
import dev.watchtower.portal.cases.CaseDetail;
import dev.watchtower.portal.cases.CaseDetailService;
import dev.watchtower.portal.cases.CaseHit;
import dev.watchtower.portal.cases.RelatedCases;
import dev.watchtower.portal.institution.InstitutionDirectory;
import dev.watchtower.portal.institution.InstitutionProfile;
import dev.watchtower.portal.security.CurrentViewer;
import dev.watchtower.portal.security.Viewer;
import jakarta.annotation.security.RolesAllowed;

/**
 * 案件详情: the incident's facts, the timeline of its report stages, each regime's grading
 * explanation and clocks side by side, related cases, the institution's history and
 * annual reports; contacts masked. A case outside the viewer's regimes looks missing.
 */
@Route("cases/:caseId")
@RolesAllowed({ "REGULATOR", "INSPECTOR" })
public class CaseDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final CaseDetailService cases;

	private final InstitutionDirectory institutions;

	private final Viewer viewer;

	private final ZoneId zone;

	private String title = "";

	CaseDetailView(CaseDetailService cases, InstitutionDirectory institutions, CurrentViewer viewer, Clock clock) {
		this.cases = cases;
		this.institutions = institutions;
		this.viewer = viewer.get();
		this.zone = clock.getZone();
		setId("case-detail");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.LARGE);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String caseId = event.getRouteParameters().get("caseId").orElse("");
		Optional<CaseDetail> found = this.cases.find(caseId, this.viewer);
		if (found.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(found.get());
	}

	@Override
	public String getPageTitle() {
		return this.title.isEmpty() ? getTranslation("case.title") : this.title;
	}

	private void show(CaseDetail detail) {
		removeAll();
		this.title = detail.summary().title();
		CaseSections sections = new CaseSections(this.zone, getLocale(), this::getTranslation);
		RelatedCases related = this.cases.related(detail, this.viewer);
		add(header(detail), facts(detail), narrative(detail), sections.timeline(detail), sections.clocks(detail),
				sections.grades(detail),
				sections.section("case-related", "case.related",
						sections.related("related-correlated", "case.related.correlated", related.correlated()),
						sections.related("related-vendor", "case.related.vendor", related.sameVendor()),
						sections.related("related-cve", "case.related.cve", related.sameCve())),
				institution(detail, sections, related.sameInstitution()));
	}

	private Component header(CaseDetail detail) {
		CaseHit summary = detail.summary();
		H2 heading = new H2(summary.title());
		heading.setId("case-heading");
		heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
		Div badges = CaseSections.row(
				CaseSections.badge(getTranslation("case.computed") + " "
						+ ((summary.computedLevel() != null) ? CodeLabels.level(summary.computedLevel(), getLocale())
								: "—"),
						"contrast"),
				CaseSections.badge(
						getTranslation("case.selfAssessed") + " "
								+ ((summary.selfAssessedLevel() != null)
										? CodeLabels.level(summary.selfAssessedLevel(), getLocale()) : "—"),
						"contrast"),
				CaseSections.badge(CodeLabels.other(summary.status(), getLocale()), "success"));
		if (summary.late()) {
			badges.add(CaseSections.badge(getTranslation("cases.late"), "error"));
		}
		if (summary.underGraded()) {
			badges.add(CaseSections.badge(getTranslation("cases.underGraded"), "warning"));
		}
		Span id = new Span(summary.caseId());
		id.setId("case-id");
		id.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		return new Div(heading, id, badges);
	}

	private Component facts(CaseDetail detail) {
		CaseHit summary = detail.summary();
		Anchor institution = new Anchor("institutions/" + summary.institutionCode(), summary.institutionName());
		institution.setId("case-institution-link");
		Div grid = new Div(fact("case.institution", institution),
				fact("case.sector", new Span(CodeLabels.sector(summary.sector(), getLocale()))),
				fact("case.province", new Span(CodeLabels.province(summary.province(), getLocale()))),
				fact("case.regimes",
						new Span(String.join("、",
								summary.regimes().stream().map((r) -> CodeLabels.regime(r, getLocale())).toList()))),
				fact("case.category",
						new Span(CodeLabels.category(summary.category(), getLocale()) + " · " + detail.subcategory())),
				fact("case.cause", new Span(detail.cause())),
				fact("case.occurredAt", new Span(CaseLabels.time(summary.occurredAt(), this.zone))),
				fact("case.detectedAt", new Span(CaseLabels.time(detail.detectedAt(), this.zone))),
				fact("case.reportedAt", new Span(CaseLabels.time(detail.reportedAt(), this.zone))),
				fact("case.recoveredAt", new Span(CaseLabels.time(detail.recoveredAt(), this.zone))),
				fact("case.impact", new Span(impact(detail.impact()))),
				fact("case.vendors", new Span(String.join(", ", detail.vendors()))),
				fact("case.cves", new Span(cves(detail))), fact("case.contact", contact(detail)));
		grid.setId("case-facts");
		grid.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(16rem, 1fr))");
		grid.addClassNames(LumoUtility.Gap.MEDIUM);
		return grid;
	}

	private Component contact(CaseDetail detail) {
		Span name = new Span(detail.contactName());
		name.setId("case-contact-name");
		Span phone = new Span(detail.contactPhone());
		phone.setId("case-contact-phone");
		Div contact = new Div(name, new Span(" "), phone);
		contact.setId("case-contact");
		return contact;
	}

	private Component narrative(CaseDetail detail) {
		Paragraph narrative = new Paragraph(detail.narrative());
		narrative.setId("case-narrative");
		Paragraph measures = new Paragraph(detail.measures());
		measures.setId("case-measures");
		CaseSections sections = new CaseSections(this.zone, getLocale(), this::getTranslation);
		return new Div(sections.section("case-narrative-section", "case.narrative", narrative),
				sections.section("case-measures-section", "case.measures", measures));
	}

	private Component institution(CaseDetail detail, CaseSections sections, List<CaseHit> history) {
		Div annual = new Div();
		annual.setId("case-annual-reports");
		Optional<InstitutionProfile> profile = this.institutions.profile(detail.summary().institutionCode(),
				this.viewer);
		List<InstitutionProfile.AnnualReportSummary> reports = profile.map(InstitutionProfile::annualReports)
			.orElse(List.of());
		if (reports.isEmpty()) {
			annual.add(new Span(getTranslation("case.noAnnualReports")));
		}
		for (InstitutionProfile.AnnualReportSummary report : reports) {
			annual.add(CaseSections.row(new Span(String.valueOf(report.year())),
					new Span(CodeLabels.regime(report.regime(), getLocale())),
					new Span(getTranslation("case.filed") + " " + CaseLabels.time(report.reportedAt(), this.zone)),
					new Span(getTranslation("institution.incidentsDeclared", report.incidentsTotal()))));
		}
		return sections.section("case-institution", "case.institutionHistory",
				sections.related("related-institution", "case.related.institution", history), annual);
	}

	private static Div fact(String key, Component value) {
		Span label = new Span();
		label.getElement().setText(com.vaadin.flow.component.UI.getCurrent().getTranslation(key));
		label.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
		Div fact = new Div(label, new Div(value));
		fact.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
		return fact;
	}

	private String impact(CaseDetail.Impact impact) {
		StringBuilder text = new StringBuilder();
		if (impact.outageMinutes() != null) {
			text.append(getTranslation("case.outage", impact.outageMinutes())).append("  ");
		}
		if (impact.personsAffected() != null) {
			text.append(getTranslation("case.persons", impact.personsAffected())).append("  ");
		}
		if (impact.economicLossYuan() != null) {
			text.append(getTranslation("case.loss", impact.economicLossYuan())).append("  ");
		}
		if (impact.personalRecordsLeaked() != null) {
			text.append(getTranslation("case.records", impact.personalRecordsLeaked()));
		}
		return text.isEmpty() ? "—" : text.toString().strip();
	}

	private static String cves(CaseDetail detail) {
		return String.join(", ",
				detail.cves().stream().map((cve) -> detail.kevCves().contains(cve) ? cve + " (KEV)" : cve).toList());
	}

}
