package dev.watchtower.portal.cases.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.base.ui.CodeLabels;
import dev.watchtower.portal.cases.CaseHit;

/**
 * One result: the title (matches marked) linking to the case, a line of facts and a
 * passage of the narrative with the matches.
 */
class CaseHitCard extends Div {

	CaseHitCard(CaseHit hit, ZoneId zone) {
		addClassNames("case-hit", LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Border.BOTTOM,
				LumoUtility.BorderColor.CONTRAST_10);
		RouterLink title = new RouterLink(CaseDetailView.class, new RouteParameters("caseId", hit.caseId()));
		title.addClassNames("case-title", LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.MEDIUM);
		title.getElement().setAttribute("data-case-id", hit.caseId());
		if (hit.titleHighlight() != null) {
			title.add(new Html("<span>" + hit.titleHighlight() + "</span>"));
		}
		else {
			title.setText(hit.title());
		}
		Span level = badge(hit.computedLevel() != null ? CodeLabels.level(hit.computedLevel(), getLocale()) : "—",
				"contrast");
		Div facts = new Div(level, new Span(hit.institutionName()),
				new Span(CodeLabels.category(hit.category(), getLocale())),
				new Span(CodeLabels.province(hit.province(), getLocale())),
				new Span(CaseLabels.time(hit.occurredAt(), zone)), new Span(String.join(" ",
						hit.regimes().stream().map((r) -> CodeLabels.regime(r, getLocale())).toList())));
		if (hit.late()) {
			facts.add(badge(getTranslation("cases.late"), "error"));
		}
		if (hit.underGraded()) {
			facts.add(badge(getTranslation("cases.underGraded"), "warning"));
		}
		facts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
				LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
		add(title, facts);
		if (hit.snippet() != null) {
			Html snippet = new Html("<div class=\"case-snippet\">" + hit.snippet() + "</div>");
			add(snippet);
		}
	}

	private static Span badge(String text, String theme) {
		Span badge = new Span(text);
		badge.getElement().getThemeList().add("badge");
		badge.getElement().getThemeList().add(theme);
		return badge;
	}

}
