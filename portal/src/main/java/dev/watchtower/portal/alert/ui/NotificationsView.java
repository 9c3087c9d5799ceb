package dev.watchtower.portal.alert.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.alert.Notification;
import dev.watchtower.portal.alert.Notifications;
import jakarta.annotation.security.PermitAll;

/**
 * 提醒: the signed-in user's notifications, newest first, unread ones marked; opening one
 * marks it read and goes to what it is about.
 */
@Route("notifications")
@Menu(order = 5, icon = "vaadin:bell", title = "nav.notifications")
@PermitAll
class NotificationsView extends Main implements HasDynamicTitle {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Notifications notifications;

	private final ZoneId zone;

	private final Grid<Notification> grid = new Grid<>();

	NotificationsView(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.zone = clock.getZone();
		setId("notifications");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.MEDIUM, LumoUtility.Height.FULL);
		Button readAll = new Button(getTranslation("notification.readAll"), (click) -> {
			this.notifications.markAllRead();
			refresh();
		});
		readAll.setId("notification-read-all");
		add(readAll, this.grid);
		this.grid.setId("notification-grid");
		this.grid.addColumn((item) -> TIME.format(item.createdAt().atZone(this.zone)))
			.setHeader(getTranslation("notification.time"))
			.setAutoWidth(true);
		this.grid.addComponentColumn((item) -> {
			Span title = new Span(item.title());
			if (item.readAt() == null) {
				title.addClassNames(LumoUtility.FontWeight.BOLD);
			}
			return title;
		}).setHeader(getTranslation("notification.title")).setFlexGrow(1);
		this.grid.addColumn(Notification::body).setHeader(getTranslation("notification.body")).setFlexGrow(1);
		this.grid.addItemClickListener((click) -> {
			this.notifications.markRead(click.getItem().id());
			getUI().ifPresent((ui) -> ui.navigate(click.getItem().link()));
		});
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("notification.list.title");
	}

	private void refresh() {
		this.grid.setItems(this.notifications.mine(200));
	}

}
