package dev.watchtower.portal.notice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.notice.NoticeQueries;
import dev.watchtower.portal.notice.NoticeVerification;
import jakarta.annotation.security.RolesAllowed;

/**
 * 通知核验: upload a PDF and learn whether it is, byte for byte, an issued notice (by its
 * SHA-256); a changed file does not match.
 */
@Route("notices/verify")
@Menu(order = 21, icon = "vaadin:check-square-o", title = "nav.notices.verify")
@RolesAllowed({ "REGULATOR", "INSPECTOR", "ADMIN" })
class NoticeVerifyView extends Main implements HasDynamicTitle {

	static final long MAX_BYTES = 20L * 1024 * 1024;

	private final NoticeQueries queries;

	private final Div result = new Div();

	NoticeVerifyView(NoticeQueries queries) {
		this.queries = queries;
		setId("notice-verify");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.MEDIUM);
		// Vaadin runs the callback under the session lock (UI.access).
		Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> show(this.queries.verify(bytes))));
		upload.setId("notice-verify-upload");
		upload.setAcceptedFileTypes("application/pdf", ".pdf");
		upload.setMaxFileSize((int) MAX_BYTES);
		this.result.setId("notice-verify-result");
		add(new Paragraph(getTranslation("notice.verify.help")), upload, this.result);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("notice.verify.title");
	}

	private void show(NoticeVerification verification) {
		this.result.removeAll();
		Span verdict = switch (verification) {
			case NoticeVerification.Genuine genuine ->
				badge(getTranslation("notice.verify.genuine", genuine.notice().number(), genuine.notice().title()),
						"success");
			case NoticeVerification.Unknown unknown -> badge(getTranslation("notice.verify.unknown"), "error");
		};
		verdict.setId("notice-verify-verdict");
		Span checksum = new Span("SHA-256 " + verification.sha256());
		checksum.setId("notice-verify-sha256");
		checksum.addClassNames(LumoUtility.FontSize.XSMALL);
		this.result.add(new Div(verdict), new Div(checksum));
	}

	private static Span badge(String text, String theme) {
		Span badge = new Span(text);
		badge.getElement().getThemeList().add("badge " + theme);
		return badge;
	}

}
