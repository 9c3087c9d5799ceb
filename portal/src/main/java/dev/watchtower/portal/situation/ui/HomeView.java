package dev.watchtower.portal.situation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dev.watchtower.portal.security.CurrentViewer;
import dev.watchtower.portal.security.Role;
import dev.watchtower.portal.security.Viewer;
import jakarta.annotation.security.PermitAll;

/**
 * The landing address: regulators land on the industry posture, inspectors on the case
 * search, everyone else on the overview.
 */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

	private final CurrentViewer viewer;

	HomeView(CurrentViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Viewer current = this.viewer.get();
		if (current.has(Role.REGULATOR)) {
			event.forwardTo(PostureDashboardView.class);
		}
		else if (current.has(Role.INSPECTOR)) {
			event.forwardTo("cases");
		}
		else {
			event.forwardTo(OverviewView.class);
		}
	}

}
