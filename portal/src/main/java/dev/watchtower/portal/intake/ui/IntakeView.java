package dev.watchtower.portal.intake.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.intake.BatchRun;
import dev.watchtower.portal.intake.BatchRuns;
import dev.watchtower.portal.intake.IntakeDrops;
import dev.watchtower.portal.intake.IntakeOutcome;
import dev.watchtower.portal.intake.IntakeReceipts;
import dev.watchtower.portal.intake.IntakeSettings;
import dev.watchtower.portal.intake.StoredReceipt;
import dev.watchtower.portal.intake.Upload;
import dev.watchtower.portal.security.Actor;
import dev.watchtower.portal.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * 报送接收: upload filings from the browser (with the upload's progress bar) and follow them
 * until their receipt appears; the batch intake's runs with counts and progress; the
 * receipts of processed and failed files, each opening its rejected records; a failed
 * file can be re-run (ADMIN). Refreshes itself every two seconds.
 */
@Route("intake")
@Menu(order = 40, icon = "vaadin:inbox", title = "nav.intake")
@RolesAllowed({ "ADMIN", "ANALYST", "INSPECTOR" })
class IntakeView extends Main implements HasDynamicTitle {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final IntakeDrops drops;

	private final IntakeReceipts receipts;

	private final BatchRuns batchRuns;

	private final ZoneId zone;

	private final TextField institution = new TextField();

	private final Grid<Upload> uploads = new Grid<>();

	private final Grid<BatchRun> runs = new Grid<>();

	private final Grid<StoredReceipt> receiptGrid = new Grid<>();

	private final Span pending = new Span();

	private Map<String, StoredReceipt> byReceiptId = Map.of();

	private @Nullable Registration polling;

	IntakeView(IntakeDrops drops, IntakeReceipts receipts, BatchRuns batchRuns, IntakeSettings settings, Clock clock) {
		this.drops = drops;
		this.receipts = receipts;
		this.batchRuns = batchRuns;
		this.zone = clock.getZone();
		setId("intake");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.MEDIUM);
		add(section("intake.upload.heading", uploadArea(settings), this.uploads));
		add(section("intake.runs.heading", this.runs));
		this.pending.setId("intake-pending");
		add(section("intake.receipts.heading", this.pending, this.receiptGrid));
		configureUploads();
		configureRuns();
		configureReceipts();
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("intake.title");
	}

	@Override
	protected void onAttach(AttachEvent event) {
		event.getUI().setPollInterval(2000);
		this.polling = event.getUI().addPollListener((poll) -> refresh());
	}

	@Override
	protected void onDetach(DetachEvent event) {
		event.getUI().setPollInterval(-1);
		if (this.polling != null) {
			this.polling.remove();
		}
	}

	private Div uploadArea(IntakeSettings settings) {
		this.institution.setId("intake-institution");
		this.institution.setLabel(getTranslation("intake.upload.institution"));
		this.institution.setHelperText(getTranslation("intake.upload.institution.help"));
		com.vaadin.flow.component.upload.Upload upload = new com.vaadin.flow.component.upload.Upload(
				(UploadHandler) (event) -> {
					IntakeOutcome outcome = this.drops.upload(event.getFileName(), event.getInputStream(),
							this.institution.getValue());
					event.getUI().access(() -> uploaded(outcome));
				});
		upload.setId("intake-upload");
		upload.setAcceptedFileTypes(".json", ".ndjson", ".jsonl", ".csv", ".xlsx");
		upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, settings.maxUploadBytes()));
		return new Div(this.institution, upload);
	}

	private void uploaded(IntakeOutcome outcome) {
		switch (outcome) {
			case IntakeOutcome.Queued queued -> Notification
				.show(getTranslation("intake.upload.queued", queued.file()), 4000, Notification.Position.BOTTOM_END)
				.addThemeVariants(NotificationVariant.SUCCESS);
			case IntakeOutcome.Refused refused ->
				Notification.show(getTranslation(refused.reason()), 6000, Notification.Position.TOP_CENTER)
					.addThemeVariants(NotificationVariant.ERROR);
		}
		refresh();
	}

	private void configureUploads() {
		this.uploads.setId("intake-my-uploads");
		this.uploads.setAllRowsVisible(true);
		this.uploads.addColumn((upload) -> time(upload.submittedAt()))
			.setHeader(getTranslation("intake.field.submitted"))
			.setAutoWidth(true);
		this.uploads.addColumn(Upload::originalName).setHeader(getTranslation("intake.field.file")).setFlexGrow(1);
		this.uploads.addColumn(Upload::receiptId).setHeader(getTranslation("intake.field.receipt")).setAutoWidth(true);
		this.uploads.addComponentColumn((upload) -> {
			StoredReceipt receipt = this.byReceiptId.get(upload.receiptId());
			Span status = ReceiptLabels.status(this, receipt);
			status.setId("upload-status-" + upload.receiptId());
			return status;
		}).setHeader(getTranslation("intake.field.status")).setAutoWidth(true);
		this.uploads
			.addColumn((upload) -> Optional.ofNullable(this.byReceiptId.get(upload.receiptId()))
				.map((stored) -> ReceiptLabels.counts(this, stored.receipt()))
				.orElse(""))
			.setHeader(getTranslation("intake.field.counts"))
			.setAutoWidth(true);
		this.uploads.addItemClickListener((click) -> open(click.getItem().receiptId()));
	}

	private void configureRuns() {
		this.runs.setId("batch-runs");
		this.runs.setAllRowsVisible(true);
		this.runs.addColumn(BatchRun::executionId).setHeader("#").setAutoWidth(true);
		this.runs.addColumn(BatchRun::jobName).setHeader(getTranslation("intake.run.job")).setAutoWidth(true);
		this.runs.addColumn((run) -> time(run.createdAt()))
			.setHeader(getTranslation("intake.run.started"))
			.setAutoWidth(true);
		this.runs.addColumn(BatchRun::status).setHeader(getTranslation("intake.field.status")).setAutoWidth(true);
		this.runs.addComponentColumn((run) -> {
			ProgressBar bar = new ProgressBar();
			bar.setWidth("8rem");
			if (run.running() && run.steps() == 0) {
				bar.setIndeterminate(true);
			}
			else {
				bar.setValue(run.running() ? (double) run.completedSteps() / Math.max(1, run.steps()) : 1.0);
			}
			return bar;
		}).setHeader(getTranslation("run.field.progress")).setAutoWidth(true);
		this.runs.addColumn(
				(run) -> getTranslation("intake.run.counts", run.read(), run.written(), run.filtered(), run.skipped()))
			.setHeader(getTranslation("intake.field.counts"))
			.setAutoWidth(true);
		this.runs
			.addColumn((run) -> run.parameters()
				.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue())
				.collect(Collectors.joining(" ")))
			.setHeader(getTranslation("intake.run.parameters"))
			.setFlexGrow(1);
		this.runs.addColumn((run) -> (run.exitMessage() != null) ? run.exitMessage() : "")
			.setHeader(getTranslation("run.field.reason"))
			.setFlexGrow(1);
	}

	private void configureReceipts() {
		this.receiptGrid.setId("intake-receipts");
		this.receiptGrid.setAllRowsVisible(true);
		this.receiptGrid.addColumn((stored) -> String.valueOf(stored.receipt().finishedAt()))
			.setHeader(getTranslation("intake.field.finished"))
			.setAutoWidth(true);
		this.receiptGrid.addColumn((stored) -> stored.receipt().file())
			.setHeader(getTranslation("intake.field.file"))
			.setFlexGrow(1);
		this.receiptGrid.addComponentColumn((stored) -> ReceiptLabels.status(this, stored))
			.setHeader(getTranslation("intake.field.status"))
			.setAutoWidth(true);
		this.receiptGrid.addColumn((stored) -> ReceiptLabels.counts(this, stored.receipt()))
			.setHeader(getTranslation("intake.field.counts"))
			.setAutoWidth(true);
		this.receiptGrid.addColumn((stored) -> (stored.receipt().reason() != null) ? stored.receipt().reason() : "")
			.setHeader(getTranslation("run.field.reason"))
			.setFlexGrow(1);
		if (Actor.current().map((actor) -> actor.hasAnyRole(Role.ADMIN)).orElse(false)) {
			this.receiptGrid.addComponentColumn(this::rerunButton).setAutoWidth(true);
		}
		this.receiptGrid.addItemClickListener((click) -> open(click.getItem().receipt().receiptId()));
	}

	private Component rerunButton(StoredReceipt stored) {
		if (!stored.receipt().failed() || !stored.fileStillThere()) {
			return new Span();
		}
		Button rerun = new Button(getTranslation("intake.action.rerun"), (click) -> {
			switch (this.drops.rerun(stored.receipt().receiptId())) {
				case IntakeOutcome.Queued queued -> Notification
					.show(getTranslation("intake.rerun.queued", queued.file()), 4000, Notification.Position.BOTTOM_END)
					.addThemeVariants(NotificationVariant.SUCCESS);
				case IntakeOutcome.Refused refused ->
					Notification.show(getTranslation(refused.reason()), 6000, Notification.Position.TOP_CENTER)
						.addThemeVariants(NotificationVariant.ERROR);
			}
			refresh();
		});
		rerun.setId("intake-rerun-" + stored.receipt().receiptId());
		rerun.addThemeVariants(ButtonVariant.SMALL);
		return rerun;
	}

	private void refresh() {
		var all = this.receipts.receipts();
		this.byReceiptId = all.stream()
			.collect(Collectors.toMap((stored) -> stored.receipt().receiptId(), Function.identity(), (a, b) -> a));
		this.uploads.setItems(this.drops.myUploads(20));
		this.runs.setItems(this.batchRuns.latest(20));
		this.receiptGrid.setItems(all.subList(0, Math.min(100, all.size())));
		this.pending.setText(getTranslation("intake.pending", this.receipts.pending().size()));
	}

	private void open(String receiptId) {
		if (this.byReceiptId.containsKey(receiptId)) {
			getUI().ifPresent((ui) -> ui.navigate(ReceiptView.class, new RouteParameters("receiptId", receiptId)));
		}
	}

	private Div section(String heading, Component... content) {
		H3 title = new H3(getTranslation(heading));
		title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
		Div section = new Div(title);
		section.add(content);
		section.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
		return section;
	}

	private String time(Instant at) {
		return TIME.format(at.atZone(this.zone));
	}

}
