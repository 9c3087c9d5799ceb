package dev.watchtower.portal.intake.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.base.ui.PortalTranslations;
import dev.watchtower.portal.intake.IntakeReceipts;
import dev.watchtower.portal.intake.Receipt;
import dev.watchtower.portal.intake.RejectedRecord;
import dev.watchtower.portal.intake.RejectsExport;
import dev.watchtower.portal.intake.StoredReceipt;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * One receipt: its counts and the rejected records with their reasons, filterable by
 * rule, field and text, exportable (as filtered) as CSV or XLSX to send back to the
 * institution.
 */
@Route("intake/receipts/:receiptId([A-Za-z0-9._-]{1,128})")
@RolesAllowed({ "ADMIN", "ANALYST", "INSPECTOR" })
class ReceiptView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final IntakeReceipts receipts;

	private final RejectsExport export;

	private final ComboBox<String> rule = new ComboBox<>();

	private final TextField path = new TextField();

	private final TextField text = new TextField();

	private final Grid<RejectedRecord> grid = new Grid<>();

	private final Span shown = new Span();

	private @Nullable Receipt receipt;

	ReceiptView(IntakeReceipts receipts, RejectsExport export) {
		this.receipts = receipts;
		this.export = export;
		setId("intake-receipt");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.MEDIUM);
		configureGrid();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<StoredReceipt> stored = event.getRouteParameters().get("receiptId").flatMap(this.receipts::receipt);
		if (stored.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		this.receipt = stored.get().receipt();
		show(stored.get());
	}

	@Override
	public String getPageTitle() {
		return (this.receipt != null) ? this.receipt.file() : getTranslation("intake.title");
	}

	private void show(StoredReceipt stored) {
		Receipt current = stored.receipt();
		H2 title = new H2(current.file());
		title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
		Span counts = new Span(ReceiptLabels.counts(this, current));
		counts.setId("receipt-counts");
		Div facts = new Div(ReceiptLabels.status(this, stored), new Span(" "), counts);
		if (current.reason() != null) {
			Span reason = new Span(current.reason());
			reason.setId("receipt-reason");
			facts.add(new Div(reason));
		}
		if (current.rejectsOmitted() > 0) {
			facts.add(new Div(new Span(getTranslation("intake.receipt.omitted", current.rejectsOmitted()))));
		}
		this.rule.setId("rejects-filter-rule");
		this.rule.setLabel(getTranslation("intake.reject.rule"));
		this.rule.setItems(current.rejects().stream().map(RejectedRecord::rule).distinct().sorted().toList());
		this.rule.setClearButtonVisible(true);
		this.rule.addValueChangeListener((change) -> filter());
		this.path.setId("rejects-filter-path");
		this.path.setLabel(getTranslation("intake.reject.path"));
		this.text.setId("rejects-filter-text");
		this.text.setLabel(getTranslation("intake.reject.text"));
		for (TextField field : List.of(this.path, this.text)) {
			field.setClearButtonVisible(true);
			field.setValueChangeMode(ValueChangeMode.LAZY);
			field.addValueChangeListener((change) -> filter());
		}
		this.shown.setId("rejects-shown");
		HorizontalLayout filters = new HorizontalLayout(this.rule, this.path, this.text, download("CSV"),
				download("XLSX"), this.shown);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);
		add(title, facts, filters, this.grid);
		filter();
	}

	private Anchor download(String format) {
		Anchor link = new Anchor(DownloadHandler.fromInputStream((event) -> {
			Receipt current = this.receipt;
			if (current == null) {
				return DownloadResponse.error(404);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			List<RejectedRecord> rows = filtered(current);
			if ("CSV".equals(format)) {
				this.export.csv(current, rows, out);
			}
			else {
				this.export.xlsx(current, rows, out);
			}
			byte[] bytes = out.toByteArray();
			return new DownloadResponse(new ByteArrayInputStream(bytes),
					"rejects-%s.%s".formatted(current.receiptId(), format.toLowerCase(Locale.ROOT)),
					"CSV".equals(format) ? "text/csv;charset=UTF-8"
							: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					bytes.length);
		}), getTranslation("intake.reject.export", format));
		link.setId("rejects-export-" + format.toLowerCase(Locale.ROOT));
		link.getElement().setAttribute("download", true);
		return link;
	}

	private void filter() {
		Receipt current = this.receipt;
		if (current == null) {
			return;
		}
		List<RejectedRecord> rows = filtered(current);
		this.grid.setItems(rows);
		this.shown.setText(getTranslation("intake.reject.shown", rows.size(), current.rejects().size()));
	}

	private List<RejectedRecord> filtered(Receipt current) {
		String wantedRule = this.rule.getValue();
		String wantedPath = this.path.getValue().strip();
		String wantedText = this.text.getValue().strip().toLowerCase(Locale.ROOT);
		return current.rejects()
			.stream()
			.filter((reject) -> wantedRule == null || wantedRule.equals(reject.rule()))
			.filter((reject) -> wantedPath.isEmpty() || (reject.path() != null && reject.path().contains(wantedPath)))
			.filter((reject) -> wantedText.isEmpty()
					|| (String.valueOf(reject.messageZh()) + " " + reject.messageEn() + " " + reject.filingId())
						.toLowerCase(Locale.ROOT)
						.contains(wantedText))
			.toList();
	}

	private void configureGrid() {
		this.grid.setId("rejects-grid");
		this.grid.addColumn(RejectedRecord::number)
			.setHeader(getTranslation("intake.reject.record"))
			.setAutoWidth(true);
		this.grid.addColumn(RejectedRecord::filingId)
			.setHeader(getTranslation("intake.reject.filing"))
			.setAutoWidth(true);
		this.grid.addColumn(RejectedRecord::rule).setHeader(getTranslation("intake.reject.rule")).setAutoWidth(true);
		this.grid.addColumn(RejectedRecord::path).setHeader(getTranslation("intake.reject.path")).setAutoWidth(true);
		this.grid
			.addColumn((reject) -> PortalTranslations.ENGLISH.equals(PortalTranslations.supported(getLocale()))
					? reject.messageEn() : reject.messageZh())
			.setHeader(getTranslation("intake.reject.message"))
			.setFlexGrow(1);
	}

}
