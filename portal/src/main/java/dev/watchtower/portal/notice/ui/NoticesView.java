package dev.watchtower.portal.notice.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.notice.Addressee;
import dev.watchtower.portal.notice.LegalBases;
import dev.watchtower.portal.notice.NoticeQueries;
import dev.watchtower.portal.notice.NoticeQueries.NoticeRow;
import dev.watchtower.portal.notice.NoticeStatus;
import dev.watchtower.portal.security.Actor;
import dev.watchtower.portal.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * 监管通知: every notice with its number, type, status and response deadline (overdue
 * flagged), filterable by status and overdue; inspectors and regulators start new drafts
 * here.
 */
@Route("notices")
@Menu(order = 20, icon = "vaadin:file-text-o", title = "nav.notices")
@RolesAllowed({ "REGULATOR", "INSPECTOR", "ADMIN" })
class NoticesView extends Main implements HasDynamicTitle {

	private final NoticeQueries queries;

	private final LegalBases legalBases;

	private final ZoneId zone;

	private final ComboBox<NoticeStatus> status = new ComboBox<>();

	private final Checkbox overdueOnly = new Checkbox();

	private final Grid<NoticeRow> grid = new Grid<>();

	NoticesView(NoticeQueries queries, LegalBases legalBases, Clock clock) {
		this.queries = queries;
		this.legalBases = legalBases;
		this.zone = clock.getZone();
		setId("notices");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.MEDIUM, LumoUtility.Height.FULL);
		add(toolbar(), this.grid);
		configureGrid();
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("notice.list.title");
	}

	private HorizontalLayout toolbar() {
		this.status.setId("notice-filter-status");
		this.status.setLabel(getTranslation("notice.field.status"));
		this.status.setItems(NoticeStatus.values());
		this.status.setItemLabelGenerator((value) -> getTranslation("notice.status." + value.name()));
		this.status.setClearButtonVisible(true);
		this.status.addValueChangeListener((change) -> refresh());
		this.overdueOnly.setId("notice-filter-overdue");
		this.overdueOnly.setLabel(getTranslation("notice.filter.overdue"));
		this.overdueOnly.addValueChangeListener((change) -> refresh());
		HorizontalLayout toolbar = new HorizontalLayout(this.status, this.overdueOnly);
		toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		if (Actor.current().map((actor) -> actor.hasAnyRole(Role.INSPECTOR, Role.REGULATOR)).orElse(false)) {
			Button create = new Button(getTranslation("notice.action.new"), VaadinIcon.PLUS.create(),
					(click) -> getUI().ifPresent((ui) -> ui.navigate(NoticeEditorView.class)));
			create.setId("notice-new");
			create.addThemeVariants(ButtonVariant.PRIMARY);
			toolbar.add(create);
		}
		return toolbar;
	}

	private void configureGrid() {
		this.grid.setId("notice-grid");
		this.grid.addColumn(
				(row) -> (row.notice().number() != null) ? row.notice().number() : getTranslation("notice.unnumbered"))
			.setHeader(getTranslation("notice.field.number"))
			.setAutoWidth(true);
		this.grid.addColumn((row) -> NoticeLabels.typeName(this.legalBases, row.notice().type(), getLocale()))
			.setHeader(getTranslation("notice.field.type"))
			.setAutoWidth(true);
		this.grid.addColumn((row) -> row.notice().title())
			.setHeader(getTranslation("notice.field.title"))
			.setFlexGrow(1);
		this.grid.addComponentColumn((row) -> NoticeLabels.status(this, row.notice().status()))
			.setHeader(getTranslation("notice.field.status"))
			.setAutoWidth(true);
		this.grid
			.addColumn(
					(row) -> row.notice().addressees().stream().map(Addressee::name).collect(Collectors.joining("、")))
			.setHeader(getTranslation("notice.field.addressees"));
		this.grid.addComponentColumn((row) -> NoticeLabels.deadline(this, row.deadline(), row.notice().responseDue()))
			.setHeader(getTranslation("notice.field.deadline"))
			.setAutoWidth(true);
		this.grid.addColumn((row) -> NoticeLabels.format(row.notice().issuedAt(), NoticeLabels.TIME, this.zone))
			.setHeader(getTranslation("notice.field.issuedAt"))
			.setAutoWidth(true);
		this.grid.addItemClickListener((click) -> getUI().ifPresent((ui) -> ui.navigate(NoticeDetailView.class,
				new RouteParameters("id", click.getItem().notice().id().toString()))));
	}

	private void refresh() {
		this.grid.setItems(this.queries.list(this.status.getValue(), this.overdueOnly.getValue()));
	}

}
