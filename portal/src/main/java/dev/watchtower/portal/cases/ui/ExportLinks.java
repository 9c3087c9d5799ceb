package dev.watchtower.portal.cases.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.cases.CaseExportService;
import dev.watchtower.portal.cases.CaseQuery;
import dev.watchtower.portal.cases.ExportFormat;
import dev.watchtower.portal.security.Viewer;

/**
 * Download links that export every case of the current search as CSV or XLSX.
 */
class ExportLinks extends Div {

	ExportLinks(CaseExportService export, Viewer viewer, Supplier<CaseQuery> query, Clock clock) {
		addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
		for (ExportFormat format : ExportFormat.values()) {
			DownloadHandler handler = (event) -> {
				event.setFileName("cases-%s.%s".formatted(LocalDate.now(clock), format.extension()));
				event.setContentType(format.contentType());
				try (OutputStream out = event.getOutputStream()) {
					export.export(query.get(), viewer, format, out);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException("Cannot write the %s export".formatted(format), ex);
				}
			};
			Anchor link = new Anchor(handler, getTranslation("cases.export." + format.extension()));
			link.setId("export-" + format.extension());
			link.getElement().getThemeList().add("badge");
			add(link);
		}
	}

}
