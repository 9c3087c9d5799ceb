package dev.watchtower.portal.schedule.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.schedule.ReportOutputs;
import dev.watchtower.portal.schedule.ReportRun;
import dev.watchtower.portal.schedule.ReportSchedules;
import dev.watchtower.portal.schedule.RunState;
import dev.watchtower.portal.schedule.Schedule;
import dev.watchtower.portal.schedule.ScheduleOutcome;
import dev.watchtower.portal.security.Actor;
import dev.watchtower.portal.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * One schedule: run now, pause or resume it, and watch its run log live (state, progress
 * from the job's {@code PROGRESS} lines, failure reason); the selected run's outputs
 * download as CSV, XLSX and PDF.
 */
@Route("schedules/:id([0-9a-fA-F-]{36})")
@RolesAllowed({ "ANALYST", "ADMIN" })
class ScheduleDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final ReportSchedules schedules;

	private final ReportOutputs outputs;

	private final ZoneId zone;

	private final Grid<ReportRun> runs = new Grid<>();

	private final Div outputPanel = new Div();

	private final Div header = new Div();

	private @Nullable Schedule schedule;

	private @Nullable UUID selected;

	private @Nullable RunState selectedState;

	private @Nullable Registration polling;

	ScheduleDetailView(ReportSchedules schedules, ReportOutputs outputs, Clock clock) {
		this.schedules = schedules;
		this.outputs = outputs;
		this.zone = clock.getZone();
		setId("schedule-detail");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.MEDIUM);
		this.outputPanel.setId("run-outputs");
		configureRuns();
		add(this.header, this.runs, this.outputPanel);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<Schedule> found = event.getRouteParameters()
			.get("id")
			.map(UUID::fromString)
			.flatMap(this.schedules::schedule);
		if (found.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		this.schedule = found.get();
		showHeader();
		refreshRuns();
	}

	@Override
	public String getPageTitle() {
		return (this.schedule != null) ? this.schedule.definition().name() : getTranslation("schedule.list.title");
	}

	@Override
	protected void onAttach(AttachEvent event) {
		event.getUI().setPollInterval(1000);
		this.polling = event.getUI().addPollListener((poll) -> refreshRuns());
	}

	@Override
	protected void onDetach(DetachEvent event) {
		event.getUI().setPollInterval(-1);
		if (this.polling != null) {
			this.polling.remove();
		}
	}

	private void showHeader() {
		Schedule current = this.schedule;
		if (current == null) {
			return;
		}
		this.header.removeAll();
		H2 name = new H2(current.definition().name());
		name.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.NONE);
		Span facts = new Span(
				"%s · %s (%s) · %s".formatted(getTranslation("schedule.job." + current.definition().job()),
						current.definition().cron(), current.definition().timeZone(),
						getTranslation(current.paused() ? "schedule.paused" : "schedule.active")));
		facts.setId("schedule-facts");
		HorizontalLayout actions = new HorizontalLayout();
		if (Actor.current().map((actor) -> actor.hasAnyRole(Role.ANALYST)).orElse(false)) {
			Button runNow = new Button(getTranslation("schedule.action.runNow"), VaadinIcon.PLAY.create(),
					(click) -> act(this.schedules.runNow(current.id())));
			runNow.setId("schedule-run-now");
			Button pause = current.paused()
					? new Button(getTranslation("schedule.action.resume"),
							(click) -> act(this.schedules.resume(current.id())))
					: new Button(getTranslation("schedule.action.pause"),
							(click) -> act(this.schedules.pause(current.id())));
			pause.setId(current.paused() ? "schedule-resume" : "schedule-pause");
			actions.add(runNow, pause);
		}
		this.header.add(name, new Div(facts), actions);
	}

	private void act(ScheduleOutcome outcome) {
		switch (outcome) {
			case ScheduleOutcome.Done done -> {
				this.schedule = done.schedule();
				showHeader();
				refreshRuns();
			}
			case ScheduleOutcome.Refused refused ->
				Notification.show(getTranslation(refused.reason()), 6000, Notification.Position.TOP_CENTER)
					.addThemeVariants(NotificationVariant.ERROR);
		}
	}

	private void configureRuns() {
		this.runs.setId("run-grid");
		this.runs.setAllRowsVisible(true);
		this.runs.addColumn((run) -> time(run.queuedAt()))
			.setHeader(getTranslation("run.field.queued"))
			.setAutoWidth(true);
		this.runs
			.addColumn(
					(run) -> getTranslation(run.manual() ? "run.manual" : "run.scheduled") + " · " + run.requestedBy())
			.setHeader(getTranslation("run.field.trigger"))
			.setAutoWidth(true);
		this.runs.addComponentColumn((run) -> {
			Span state = new Span(getTranslation("run.state." + run.state()));
			state.setId("run-state-" + run.id());
			state.getElement().getThemeList().add("badge" + switch (run.state()) {
				case QUEUED -> " contrast";
				case RUNNING -> "";
				case SUCCEEDED -> " success";
				case FAILED -> " error";
			});
			return state;
		}).setHeader(getTranslation("run.field.state")).setAutoWidth(true);
		this.runs.addComponentColumn((run) -> {
			ProgressBar bar = new ProgressBar(0, 100, run.progress());
			bar.setId("run-progress-" + run.id());
			bar.setWidth("8rem");
			return bar;
		}).setHeader(getTranslation("run.field.progress")).setAutoWidth(true);
		this.runs
			.addColumn((run) -> (run.step() != null) ? run.progress() + "% " + run.step() + " " + run.message() : "")
			.setHeader(getTranslation("run.field.step"))
			.setFlexGrow(1);
		this.runs.addColumn((run) -> (run.reason() != null) ? run.reason() : "")
			.setHeader(getTranslation("run.field.reason"))
			.setFlexGrow(1);
		this.runs.addColumn((run) -> (run.finishedAt() != null) ? time(run.finishedAt()) : "")
			.setHeader(getTranslation("run.field.finished"))
			.setAutoWidth(true);
		this.runs.addItemClickListener((click) -> select(click.getItem()));
	}

	private void refreshRuns() {
		if (this.schedule == null) {
			return;
		}
		List<ReportRun> latest = this.schedules.runs(this.schedule.id(), 20);
		this.runs.setItems(latest);
		Optional<ReportRun> current = latest.stream()
			.filter((run) -> run.id().equals(this.selected))
			.findFirst()
			.or(() -> latest.stream().findFirst());
		current.ifPresentOrElse(this::select, this.outputPanel::removeAll);
	}

	private void select(ReportRun run) {
		if (run.id().equals(this.selected) && run.state() == this.selectedState) {
			return;
		}
		this.selected = run.id();
		this.selectedState = run.state();
		this.outputPanel.removeAll();
		this.outputPanel.add(new H3(getTranslation("run.outputs", time(run.queuedAt()))));
		if (run.state() != RunState.SUCCEEDED) {
			this.outputPanel.add(new Span(getTranslation("run.outputs.none")));
			return;
		}
		for (String table : this.outputs.tables(run.id())) {
			HorizontalLayout links = new HorizontalLayout(new Span(table));
			for (ReportOutputs.Format format : ReportOutputs.Format.values()) {
				String fileName = "%s-%s.%s".formatted(table, run.id().toString().substring(0, 8), format.extension());
				Anchor link = new Anchor(DownloadHandler.fromInputStream((download) -> {
					ByteArrayOutputStream buffer = new ByteArrayOutputStream();
					this.outputs.write(run.id(), table, format, buffer);
					byte[] bytes = buffer.toByteArray();
					return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, format.contentType(),
							bytes.length);
				}), format.name());
				link.setId("output-%s-%s".formatted(table, format.extension()));
				link.getElement().setAttribute("download", true);
				links.add(link);
			}
			this.outputPanel.add(links);
		}
	}

	private String time(Instant at) {
		return SchedulesView.TIME.format(at.atZone(this.zone));
	}

}
