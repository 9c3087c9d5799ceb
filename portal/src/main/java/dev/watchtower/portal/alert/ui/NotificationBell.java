package dev.watchtower.portal.alert.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.watchtower.portal.alert.Notifications;

import org.springframework.stereotype.Component;

/**
 * Puts a bell with the unread count into the navigation bar of the main layout (the
 * {@link AppLayout} of every signed-in view) after each navigation, without changing the
 * layout's code; the bell opens the notifications.
 */
@Component
class NotificationBell implements VaadinServiceInitListener {

	static final String ID = "notification-bell";

	private final Notifications notifications;

	NotificationBell(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener((init) -> init.getUI().addAfterNavigationListener(this::place));
	}

	private void place(AfterNavigationEvent navigation) {
		for (HasElement element : navigation.getActiveChain()) {
			if (element instanceof AppLayout layout) {
				Button bell = layout.getChildren()
					.filter((child) -> ID.equals(child.getId().orElse(null)))
					.map(Button.class::cast)
					.findFirst()
					.orElseGet(() -> create(layout));
				long unread = this.notifications.unread();
				Span count = ComponentUtil.getData(bell, Span.class);
				count.setText(String.valueOf(unread));
				count.setVisible(unread > 0);
			}
		}
	}

	private static Button create(AppLayout layout) {
		Span count = new Span();
		count.setId("notification-count");
		count.getElement().getThemeList().add("badge error pill small");
		Button bell = new Button(VaadinIcon.BELL.create(),
				(click) -> click.getSource().getUI().ifPresent((ui) -> ui.navigate(NotificationsView.class)));
		bell.setId(ID);
		bell.addThemeVariants(ButtonVariant.TERTIARY);
		bell.getElement().appendChild(count.getElement());
		ComponentUtil.setData(bell, Span.class, count);
		bell.getElement().setAttribute("aria-label", bell.getTranslation("nav.notifications"));
		layout.addToNavbar(bell);
		return bell;
	}

}
