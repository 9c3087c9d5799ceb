package dev.watchtower.portal.cases.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.base.ui.CodeLabels;
import dev.watchtower.portal.cases.CaseDetail;
import dev.watchtower.portal.cases.CaseDetail.GradeExplanation;
import dev.watchtower.portal.cases.CaseDetail.RegimeClock;
import dev.watchtower.portal.cases.CaseDetail.TimelineEntry;
import dev.watchtower.portal.cases.CaseHit;

/**
 * The sections of the case page: timeline of report stages, each regime's clocks side by
 * side, each regime's grading explanation, related cases.
 */
final class CaseSections {

	private final ZoneId zone;

	private final Locale locale;

	private final Function<String, String> translate;

	CaseSections(ZoneId zone, Locale locale, Function<String, String> translate) {
		this.zone = zone;
		this.locale = locale;
		this.translate = translate;
	}

	Div timeline(CaseDetail detail) {
		OrderedList list = new OrderedList();
		list.addClassNames(LumoUtility.Margin.NONE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.SMALL);
		for (TimelineEntry entry : detail.timeline()) {
			Span stage = badge(CodeLabels.other(entry.stage(), this.locale), "contrast");
			Div head = row(stage, new Span(CaseLabels.time(entry.reportedAt(), this.zone)),
					new Span(this.translate.apply("case.due") + " " + CaseLabels.time(entry.dueAt(), this.zone)),
					new Span(entry.filingId() + ((entry.version() != null) ? " v" + entry.version() : "")));
			if (entry.late()) {
				head.add(badge(this.translate.apply("cases.late"), "error"));
			}
			if (entry.selfAssessedLevel() != null) {
				head.add(new Span(this.translate.apply("case.selfAssessed") + " "
						+ CodeLabels.level(entry.selfAssessedLevel(), this.locale)));
			}
			ListItem item = new ListItem(head, new Div(new Span(entry.title())));
			if (!entry.summary().isEmpty()) {
				Div summary = new Div(new Span(entry.summary()));
				summary.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
				item.add(summary);
			}
			item.addClassNames("timeline-entry");
			item.getElement().setAttribute("data-stage", entry.stage());
			list.add(item);
		}
		return section("case-timeline", "case.timeline",
				detail.timeline().isEmpty() ? new Span(this.translate.apply("case.none")) : list);
	}

	Div clocks(CaseDetail detail) {
		Map<String, List<RegimeClock>> byRegime = new TreeMap<>();
		detail.clocks()
			.forEach((clock) -> byRegime.computeIfAbsent(clock.regime(), (key) -> new java.util.ArrayList<>())
				.add(clock));
		Div columns = new Div();
		columns.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
		byRegime.forEach((regime, clocks) -> {
			Div column = card("clock-" + regime, CodeLabels.regime(regime, this.locale));
			for (RegimeClock clock : clocks) {
				Div line = row(new Span(clock.filing()),
						new Span(this.translate.apply("case.due") + " " + CaseLabels.time(clock.dueAt(), this.zone)),
						new Span(
								this.translate.apply("case.filed") + " " + CaseLabels.time(clock.filedAt(), this.zone)),
						badge(CodeLabels.other(clock.verdict(), this.locale),
								"LATE".equals(clock.verdict()) || "MISSING".equals(clock.verdict()) ? "error"
										: "success"));
				if (clock.lateMinutes() != null && clock.lateMinutes() > 0) {
					line.add(new Span(this.translate.apply("case.lateBy") + " " + clock.lateMinutes() + " min"));
				}
				if (!clock.binding()) {
					line.add(badge(this.translate.apply("case.advisory"), "contrast"));
				}
				Span rule = new Span(clock.ruleId());
				rule.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
				line.add(rule);
				line.addClassNames("clock");
				column.add(line);
			}
			columns.add(column);
		});
		return section("case-clocks", "case.clocks",
				byRegime.isEmpty() ? new Span(this.translate.apply("case.none")) : columns);
	}

	Div grades(CaseDetail detail) {
		Div columns = new Div();
		columns.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
		for (GradeExplanation grade : detail.grades()) {
			Div card = card("grade-" + grade.regime(), CodeLabels.regime(grade.regime(), this.locale));
			card.add(new Div(new Span(this.translate.apply("case.required") + " " + ((grade.requiredLevel() != null)
					? CodeLabels.level(grade.requiredLevel(), this.locale) : this.translate.apply("case.noRuleMet")))));
			if (grade.underGraded()) {
				card.add(badge(this.translate.apply("cases.underGraded"), "warning"));
			}
			if (!grade.ruleIds().isEmpty()) {
				card.add(new Div(
						new Span(this.translate.apply("case.rules") + " " + String.join(", ", grade.ruleIds()))));
			}
			if (!grade.figures().isEmpty()) {
				UnorderedList figures = new UnorderedList();
				figures.addClassNames("grade-figures", LumoUtility.Margin.NONE);
				grade.figures().forEach((field, value) -> figures.add(new ListItem(field + " = " + value)));
				card.add(new Div(new Span(this.translate.apply("case.figures"))), figures);
			}
			if (!grade.needsJudgement().isEmpty()) {
				card.add(new Div(new Span(this.translate.apply("case.needsJudgement") + " "
						+ String.join(", ", grade.needsJudgement()))));
			}
			if (!grade.unknown().isEmpty()) {
				Span unknown = new Span(
						this.translate.apply("case.unknownRules") + " " + String.join(", ", grade.unknown()));
				unknown.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
				card.add(new Div(unknown));
			}
			if (grade.rulebookVersion() != null) {
				Span version = new Span(this.translate.apply("case.rulebook") + " " + grade.rulebookVersion());
				version.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
				card.add(new Div(version));
			}
			columns.add(card);
		}
		return section("case-grades", "case.grades",
				detail.grades().isEmpty() ? new Span(this.translate.apply("case.none")) : columns);
	}

	Div related(String id, String titleKey, List<CaseHit> hits) {
		UnorderedList list = new UnorderedList();
		list.addClassNames(LumoUtility.Margin.NONE);
		for (CaseHit hit : hits) {
			RouterLink link = new RouterLink(hit.title(), CaseDetailView.class,
					new RouteParameters("caseId", hit.caseId()));
			link.getElement().setAttribute("data-case-id", hit.caseId());
			list.add(new ListItem(link, new Span(" · " + hit.institutionName() + " · "
					+ CaseLabels.time(hit.occurredAt(), this.zone) + " · "
					+ ((hit.computedLevel() != null) ? CodeLabels.level(hit.computedLevel(), this.locale) : "—"))));
		}
		return section(id, titleKey, hits.isEmpty() ? new Span(this.translate.apply("case.none")) : list);
	}

	Div section(String id, String titleKey, Component... content) {
		H3 title = new H3(this.translate.apply(titleKey));
		title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
		Div section = new Div(title);
		section.add(content);
		section.setId(id);
		section.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
		return section;
	}

	static Div row(Component... parts) {
		Div row = new Div(parts);
		row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
				LumoUtility.AlignItems.CENTER, LumoUtility.FontSize.SMALL);
		return row;
	}

	static Span badge(String text, String theme) {
		Span badge = new Span(text);
		badge.getElement().getThemeList().add("badge");
		badge.getElement().getThemeList().add(theme);
		return badge;
	}

	private static Div card(String id, String title) {
		Span heading = new Span(title);
		heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
		Div card = new Div(heading);
		card.setId(id);
		card.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL,
				LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
		card.getStyle().setMinWidth("16rem").setFlexGrow("1").setFlexBasis("0");
		return card;
	}

}
