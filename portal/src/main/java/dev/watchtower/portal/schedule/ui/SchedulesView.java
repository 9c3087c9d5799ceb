package dev.watchtower.portal.schedule.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.schedule.ReportSchedules;
import dev.watchtower.portal.schedule.Schedule;
import dev.watchtower.portal.schedule.ScheduleOutcome;
import dev.watchtower.portal.security.Actor;
import dev.watchtower.portal.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * 报表计划: every schedule with its job, cron expression, zone, next run and whether it is
 * paused; analysts create schedules here.
 */
@Route("schedules")
@Menu(order = 30, icon = "vaadin:calendar-clock", title = "nav.schedules")
@RolesAllowed({ "ANALYST", "ADMIN" })
class SchedulesView extends Main implements HasDynamicTitle {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ReportSchedules schedules;

	private final ZoneId zone;

	private final Grid<Schedule> grid = new Grid<>();

	SchedulesView(ReportSchedules schedules, Clock clock) {
		this.schedules = schedules;
		this.zone = clock.getZone();
		setId("schedules");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.MEDIUM, LumoUtility.Height.FULL);
		if (Actor.current().map((actor) -> actor.hasAnyRole(Role.ANALYST)).orElse(false)) {
			add(creation());
		}
		add(this.grid);
		configureGrid();
		this.grid.setItems(this.schedules.schedules());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("schedule.list.title");
	}

	private Details creation() {
		ScheduleForm form = new ScheduleForm();
		Button create = new Button(getTranslation("schedule.action.create"), VaadinIcon.PLUS.create(),
				(click) -> form.definition().ifPresent((definition) -> {
					switch (this.schedules.create(definition)) {
						case ScheduleOutcome.Done done ->
							getUI().ifPresent((ui) -> ui.navigate(ScheduleDetailView.class,
									new RouteParameters("id", done.schedule().id().toString())));
						case ScheduleOutcome.Refused refused ->
							Notification.show(getTranslation(refused.reason()), 6000, Notification.Position.TOP_CENTER)
								.addThemeVariants(NotificationVariant.ERROR);
					}
				}));
		create.setId("schedule-create");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		Details details = new Details(getTranslation("schedule.action.new"), form, create);
		details.setId("schedule-new");
		return details;
	}

	private void configureGrid() {
		this.grid.setId("schedule-grid");
		this.grid.addColumn((schedule) -> schedule.definition().name())
			.setHeader(getTranslation("schedule.field.name"))
			.setFlexGrow(1);
		this.grid.addColumn((schedule) -> getTranslation("schedule.job." + schedule.definition().job().name()))
			.setHeader(getTranslation("schedule.field.job"))
			.setAutoWidth(true);
		this.grid.addColumn((schedule) -> schedule.definition().cron() + " (" + schedule.definition().timeZone() + ")")
			.setHeader(getTranslation("schedule.field.cron"))
			.setAutoWidth(true);
		this.grid
			.addColumn((schedule) -> (schedule.nextFireAt() != null)
					? TIME.format(schedule.nextFireAt().atZone(this.zone)) : "")
			.setHeader(getTranslation("schedule.field.next"))
			.setAutoWidth(true);
		this.grid.addComponentColumn((schedule) -> {
			Span state = new Span(getTranslation(schedule.paused() ? "schedule.paused" : "schedule.active"));
			state.getElement().getThemeList().add(schedule.paused() ? "badge contrast" : "badge success");
			return state;
		}).setHeader(getTranslation("schedule.field.state")).setAutoWidth(true);
		this.grid.addItemClickListener((click) -> getUI().ifPresent((ui) -> ui.navigate(ScheduleDetailView.class,
				new RouteParameters("id", click.getItem().id().toString()))));
	}

}
