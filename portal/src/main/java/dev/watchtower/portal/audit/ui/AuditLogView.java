package dev.watchtower.portal.audit.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.audit.AuditEntry;
import dev.watchtower.portal.audit.AuditLog;
import dev.watchtower.portal.audit.AuditQuery;
import dev.watchtower.portal.base.AuditOutcome;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * 审计日志: the append-only audit log, newest first, filtered by user, action prefix, object,
 * outcome and date, paged lazily. Read-only: there is nothing here (or anywhere) that
 * changes a row. ADMIN only.
 */
@Route("audit")
@Menu(order = 90, icon = "vaadin:records", title = "nav.audit")
@RolesAllowed("ADMIN")
class AuditLogView extends Main implements HasDynamicTitle {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditLog log;

	private final ZoneId zone;

	private final TextField actor = new TextField();

	private final TextField action = new TextField();

	private final TextField objectId = new TextField();

	private final ComboBox<AuditOutcome> outcome = new ComboBox<>();

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final Grid<AuditEntry> grid = new Grid<>();

	AuditLogView(AuditLog log, Clock clock) {
		this.log = log;
		this.zone = clock.getZone();
		setId("audit-log");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.MEDIUM, LumoUtility.Height.FULL);
		add(filters(), this.grid);
		configureGrid();
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.title");
	}

	private HorizontalLayout filters() {
		field(this.actor, "audit-filter-actor", "audit.filter.actor");
		field(this.action, "audit-filter-action", "audit.filter.action");
		field(this.objectId, "audit-filter-object", "audit.filter.object");
		this.outcome.setId("audit-filter-outcome");
		this.outcome.setLabel(getTranslation("audit.filter.outcome"));
		this.outcome.setItems(AuditOutcome.values());
		this.outcome.setItemLabelGenerator((value) -> getTranslation("audit.outcome." + value.name()));
		this.outcome.setClearButtonVisible(true);
		this.outcome.addValueChangeListener((change) -> refresh());
		this.from.setId("audit-filter-from");
		this.from.setLabel(getTranslation("audit.filter.from"));
		this.from.addValueChangeListener((change) -> refresh());
		this.to.setId("audit-filter-to");
		this.to.setLabel(getTranslation("audit.filter.to"));
		this.to.addValueChangeListener((change) -> refresh());
		HorizontalLayout filters = new HorizontalLayout(this.actor, this.action, this.objectId, this.outcome, this.from,
				this.to);
		filters.setWrap(true);
		return filters;
	}

	private void field(TextField field, String id, String label) {
		field.setId(id);
		field.setLabel(getTranslation(label));
		field.setClearButtonVisible(true);
		field.setValueChangeMode(ValueChangeMode.LAZY);
		field.addValueChangeListener((change) -> refresh());
	}

	private void configureGrid() {
		this.grid.setId("audit-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.addColumn((entry) -> TIME.format(entry.occurredAt().atZone(this.zone)))
			.setHeader(getTranslation("audit.column.time"))
			.setAutoWidth(true);
		this.grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.column.actor")).setAutoWidth(true);
		this.grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
		this.grid.addColumn((entry) -> entry.objectType() + (entry.objectId().isEmpty() ? "" : " " + entry.objectId()))
			.setHeader(getTranslation("audit.column.object"))
			.setAutoWidth(true);
		this.grid.addColumn((entry) -> getTranslation("audit.outcome." + entry.outcome().name()))
			.setHeader(getTranslation("audit.column.outcome"))
			.setAutoWidth(true);
		this.grid.addColumn(AuditEntry::clientAddress).setHeader(getTranslation("audit.column.client"));
		this.grid.addColumn(AuditEntry::correlationId).setHeader(getTranslation("audit.column.correlation"));
		this.grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.column.details")).setFlexGrow(1);
	}

	private void refresh() {
		AuditQuery query = new AuditQuery(text(this.actor), text(this.action), null, text(this.objectId),
				this.outcome.getValue(), start(this.from.getValue()), start(plusDay(this.to.getValue())));
		this.grid.setItems((page) -> this.log.find(query, page.getOffset(), page.getLimit()).stream(),
				(page) -> Math.toIntExact(this.log.count(query)));
	}

	private static @Nullable String text(TextField field) {
		return field.getValue().isBlank() ? null : field.getValue();
	}

	private java.time.@Nullable Instant start(@Nullable LocalDate date) {
		return (date != null) ? date.atStartOfDay(this.zone).toInstant() : null;
	}

	private static @Nullable LocalDate plusDay(@Nullable LocalDate date) {
		return (date != null) ? date.plusDays(1) : null;
	}

}
