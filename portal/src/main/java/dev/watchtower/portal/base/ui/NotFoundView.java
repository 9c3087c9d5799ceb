package dev.watchtower.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for addresses that match no view; it names the address and links back to the
 * overview.
 */
@AnonymousAllowed
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

	NotFoundView() {
		setId("not-found");
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		removeAll();
		add(new H2(getTranslation("notfound.title")),
				new Paragraph(getTranslation("notfound.text", "/" + event.getLocation().getPath())),
				new Anchor("", getTranslation("notfound.home")));
		return HttpServletResponse.SC_NOT_FOUND;
	}

}
