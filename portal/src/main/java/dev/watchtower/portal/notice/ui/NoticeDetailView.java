package dev.watchtower.portal.notice.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.notice.Decision;
import dev.watchtower.portal.notice.LegalBases;
import dev.watchtower.portal.notice.Notice;
import dev.watchtower.portal.notice.NoticeAction;
import dev.watchtower.portal.notice.NoticeHistoryEntry;
import dev.watchtower.portal.notice.NoticeOutcome;
import dev.watchtower.portal.notice.NoticeQueries;
import dev.watchtower.portal.notice.NoticeQueries.NoticeRow;
import dev.watchtower.portal.notice.NoticeWorkflow;
import jakarta.annotation.security.RolesAllowed;

/**
 * One notice: its facts, related cases and bulletins, the issued PDF with its SHA-256,
 * the workflow steps the signed-in user may take (a step a policy refuses is shown
 * disabled with the reason; the service refuses it anyway) and the full history.
 */
@Route("notices/:id([0-9a-fA-F-]{36})")
@RolesAllowed({ "REGULATOR", "INSPECTOR", "ADMIN" })
class NoticeDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private static final List<NoticeAction> STEPS = List.of(NoticeAction.SUBMIT, NoticeAction.RETURN,
			NoticeAction.APPROVE, NoticeAction.ISSUE, NoticeAction.RECORD_RESPONSE, NoticeAction.CLOSE);

	private final NoticeQueries queries;

	private final NoticeWorkflow workflow;

	private final LegalBases legalBases;

	private final ZoneId zone;

	private final TextArea comment = new TextArea();

	private String title = "";

	NoticeDetailView(NoticeQueries queries, NoticeWorkflow workflow, LegalBases legalBases, Clock clock) {
		this.queries = queries;
		this.workflow = workflow;
		this.legalBases = legalBases;
		this.zone = clock.getZone();
		setId("notice-detail");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.MEDIUM);
		this.comment.setId("notice-comment");
		this.comment.setLabel(getTranslation("notice.field.comment"));
		this.comment.setWidthFull();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<NoticeRow> row = event.getRouteParameters()
			.get("id")
			.map(UUID::fromString)
			.flatMap(this.queries::find);
		if (row.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(row.get());
	}

	@Override
	public String getPageTitle() {
		return this.title;
	}

	private void show(NoticeRow row) {
		Notice notice = row.notice();
		this.title = (notice.number() != null) ? notice.number() : getTranslation("notice.unnumbered");
		removeAll();
		H2 heading = new H2(notice.title());
		heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		Span number = new Span(this.title);
		number.setId("notice-number");
		Span status = NoticeLabels.status(this, notice.status());
		status.setId("notice-status");
		Span deadline = NoticeLabels.deadline(this, row.deadline(), notice.responseDue());
		deadline.setId("notice-deadline");
		HorizontalLayout badges = new HorizontalLayout(number, status, deadline);
		add(heading, badges, facts(notice));
		if (notice.number() != null && notice.pdfSha256() != null) {
			add(pdf(notice));
		}
		add(steps(notice), history(notice));
	}

	private Div facts(Notice notice) {
		Div facts = new Div();
		facts.addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.SMALL);
		facts.add(fact("notice.field.type", NoticeLabels.typeName(this.legalBases, notice.type(), getLocale())));
		facts.add(fact("notice.field.basis", notice.citationZh()));
		facts.add(fact("notice.field.addressees",
				notice.addressees()
					.stream()
					.map((a) -> a.name() + "（" + a.institutionCode() + "）")
					.collect(Collectors.joining("、"))));
		Div cases = new Div();
		cases.setId("notice-cases-links");
		notice.draft().caseIds().forEach((caseId) -> {
			Anchor link = new Anchor("cases/" + caseId, caseId);
			link.addClassNames(LumoUtility.Margin.End.MEDIUM);
			cases.add(link);
		});
		facts.add(labelled("notice.field.cases", cases));
		facts.add(fact("notice.field.bulletins", String.join("、", notice.draft().bulletinIds())));
		facts.add(fact("notice.field.body", notice.draft().body()));
		facts.add(fact("notice.field.drafter", notice.draftedBy()));
		facts.add(fact("notice.field.approver", (notice.approvedBy() != null) ? notice.approvedBy() : ""));
		facts.add(fact("notice.field.issuer", (notice.issuedBy() != null) ? notice.issuedBy() : ""));
		if (notice.responseSummary() != null) {
			facts.add(fact("notice.field.response", notice.responseSummary()));
		}
		return facts;
	}

	private Div pdf(Notice notice) {
		String fileName = notice.number() + ".pdf";
		Anchor download = new Anchor(DownloadHandler.fromInputStream((event) -> this.queries.pdf(notice.id())
			.map((bytes) -> new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf",
					bytes.length))
			.orElseGet(() -> DownloadResponse.error(404))), getTranslation("notice.pdf.download"));
		download.setId("notice-pdf");
		download.setTarget(AnchorTarget.BLANK);
		download.getElement().setAttribute("download", true);
		Span checksum = new Span(notice.pdfSha256());
		checksum.setId("notice-sha256");
		checksum.addClassNames(LumoUtility.FontSize.XSMALL);
		checksum.getStyle().set("font-family", "monospace");
		return labelled("notice.pdf.checksum", new Div(download, new Div(checksum)));
	}

	private Div steps(Notice notice) {
		Div steps = new Div();
		steps.setId("notice-steps");
		HorizontalLayout buttons = new HorizontalLayout();
		buttons.setWrap(true);
		Div reasons = new Div();
		reasons.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		Decision edit = this.workflow.decide(notice, NoticeAction.EDIT);
		if (edit.allowed()) {
			Button change = new Button(getTranslation("notice.action.EDIT"), VaadinIcon.EDIT.create(),
					(click) -> getUI().ifPresent((ui) -> ui.navigate("notices/" + notice.id() + "/edit")));
			change.setId("notice-action-edit");
			buttons.add(change);
		}
		for (NoticeAction action : STEPS) {
			if (action.from(notice.status()).isEmpty()) {
				continue;
			}
			Decision decision = this.workflow.decide(notice, action);
			Button button = new Button(getTranslation("notice.action." + action.name()),
					(click) -> perform(notice, action));
			button.setId("notice-action-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
			if (action == NoticeAction.APPROVE || action == NoticeAction.ISSUE) {
				button.addThemeVariants(ButtonVariant.PRIMARY);
			}
			if (decision instanceof Decision.Refused refused) {
				button.setEnabled(false);
				Span reason = new Span(
						getTranslation("notice.action." + action.name()) + "：" + getTranslation(refused.reason()));
				reason.setId("notice-refusal-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
				reasons.add(new Div(reason));
			}
			buttons.add(button);
		}
		if (buttons.getComponentCount() > 0) {
			steps.add(this.comment, buttons, reasons);
		}
		return steps;
	}

	private void perform(Notice notice, NoticeAction action) {
		NoticeOutcome outcome = this.workflow.perform(notice.id(), action, this.comment.getValue());
		switch (outcome) {
			case NoticeOutcome.Done done -> getUI().ifPresent((ui) -> ui.refreshCurrentRoute(false));
			case NoticeOutcome.Refused refused -> {
				Notification notification = Notification.show(getTranslation(refused.reason()), 6000,
						Notification.Position.TOP_CENTER);
				notification.addThemeVariants(NotificationVariant.ERROR);
				notification.setId("notice-refused");
			}
			case NoticeOutcome.NotFound notFound -> getUI().ifPresent((ui) -> ui.navigate(NoticesView.class));
		}
	}

	private Grid<NoticeHistoryEntry> history(Notice notice) {
		Grid<NoticeHistoryEntry> grid = new Grid<>();
		grid.setId("notice-history");
		grid.setAllRowsVisible(true);
		grid.addColumn((entry) -> NoticeLabels.format(entry.at(), NoticeLabels.TIME, this.zone))
			.setHeader(getTranslation("notice.history.at"))
			.setAutoWidth(true);
		grid.addColumn(NoticeHistoryEntry::actor).setHeader(getTranslation("notice.history.actor")).setAutoWidth(true);
		grid.addColumn((entry) -> getTranslation("notice.action." + entry.action()))
			.setHeader(getTranslation("notice.history.action"))
			.setAutoWidth(true);
		grid.addColumn((entry) -> ((entry.from() != null) ? getTranslation("notice.status." + entry.from()) : "—")
				+ " → " + getTranslation("notice.status." + entry.to()))
			.setHeader(getTranslation("notice.history.transition"))
			.setAutoWidth(true);
		grid.addColumn(NoticeHistoryEntry::comment).setHeader(getTranslation("notice.history.comment")).setFlexGrow(1);
		grid.setItems(this.queries.history(notice.id()));
		return grid;
	}

	private Div fact(String label, String value) {
		Span text = new Span(value);
		text.getStyle().set("white-space", "pre-wrap");
		return labelled(label, text);
	}

	private Div labelled(String label, Component value) {
		Span caption = new Span(getTranslation(label));
		caption.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		Div fact = new Div(caption, new Div(value));
		return fact;
	}

}
