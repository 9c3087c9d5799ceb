package dev.watchtower.portal.cases.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.cases.CaseExportService;
import dev.watchtower.portal.cases.CaseFacet;
import dev.watchtower.portal.cases.CaseQuery;
import dev.watchtower.portal.cases.CaseSearchResult;
import dev.watchtower.portal.cases.CaseSearchService;
import dev.watchtower.portal.cases.CaseSearchUnavailableException;
import dev.watchtower.portal.cases.CaseSettings;
import dev.watchtower.portal.cases.CaseSort;
import dev.watchtower.portal.cases.SavedSearches;
import dev.watchtower.portal.security.CurrentViewer;
import dev.watchtower.portal.security.Viewer;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * 案件检索: one query box over title, narrative, measures and institution name (Chinese
 * phrases and English words), facets with counts, highlights, sorting, deep paging,
 * exports and saved searches. The URL holds the whole state, so a link shares the search
 * and the browser's back button undoes a step.
 */
@Route("cases")
@Menu(order = 2, icon = "vaadin:search", title = "nav.cases")
@RolesAllowed({ "REGULATOR", "INSPECTOR" })
public class CaseSearchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final CaseSearchService search;

	private final Viewer viewer;

	private final ZoneId zone;

	private final int pageSize;

	private final TextField text = new TextField();

	private final Select<CaseSort> sort = new Select<>();

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final FacetPanel facets = new FacetPanel(this::toggle);

	private final Span total = new Span();

	private final Div results = new Div();

	private final Button previous = new Button();

	private final Button next = new Button();

	private final Deque<String> earlierCursors = new ArrayDeque<>();

	private final ExportLinks exports;

	private final SavedSearchBar saved;

	private CaseQuery query = CaseQuery.all();

	private @Nullable CaseSearchResult result;

	CaseSearchView(CaseSearchService search, CaseExportService export, SavedSearches savedSearches,
			CaseSettings settings, CurrentViewer currentViewer, Clock clock) {
		this.search = search;
		this.viewer = currentViewer.get();
		this.zone = clock.getZone();
		this.pageSize = settings.pageSize();
		this.exports = new ExportLinks(export, this.viewer, () -> this.query, clock);
		this.saved = new SavedSearchBar(savedSearches, this.viewer, () -> this.query, this::go);
		setId("case-search");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.MEDIUM);
		add(toolbar(), this.saved, body());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("cases.title");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		CaseQuery requested;
		try {
			requested = CaseQuery.fromParameters(event.getLocation().getQueryParameters().getParameters());
		}
		catch (IllegalArgumentException ex) {
			notify(getTranslation("cases.badQuery", ex.getMessage()));
			requested = CaseQuery.all();
		}
		if (requested.after() == null || !sameSearch(requested)) {
			this.earlierCursors.clear();
		}
		this.query = requested;
		showQuery();
		run();
	}

	private Div toolbar() {
		this.text.setId("case-query");
		this.text.setPlaceholder(getTranslation("cases.query.placeholder"));
		this.text.setClearButtonVisible(true);
		this.text.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.text.setMaxLength(CaseQuery.MAX_TEXT);
		this.text.addClassNames(LumoUtility.Flex.GROW);
		this.text.addKeyPressListener(Key.ENTER, (enter) -> go(this.query.withText(this.text.getValue())));
		Button run = new Button(getTranslation("cases.search"),
				(click) -> go(this.query.withText(this.text.getValue())));
		run.setId("case-search-button");
		run.addThemeVariants(ButtonVariant.PRIMARY);
		this.sort.setId("case-sort");
		this.sort.setItems(CaseSort.values());
		this.sort.setItemLabelGenerator((option) -> getTranslation("cases.sort." + option.parameter()));
		this.sort.addValueChangeListener((change) -> {
			if (change.isFromClient()) {
				go(this.query.withSort(change.getValue()));
			}
		});
		this.from.setId("case-from");
		this.from.setPlaceholder(getTranslation("cases.from"));
		this.to.setId("case-to");
		this.to.setPlaceholder(getTranslation("cases.to"));
		this.from.addValueChangeListener((change) -> period(change.isFromClient()));
		this.to.addValueChangeListener((change) -> period(change.isFromClient()));
		Div toolbar = new Div(this.text, run, this.sort, this.from, this.to, this.exports);
		toolbar.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
				LumoUtility.AlignItems.BASELINE);
		return toolbar;
	}

	private Div body() {
		this.total.setId("case-total");
		this.total.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		this.results.setId("case-results");
		this.results.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
		this.previous.setText(getTranslation("cases.previous"));
		this.previous.setId("previous-page");
		this.previous.addClickListener((click) -> previousPage());
		this.next.setText(getTranslation("cases.next"));
		this.next.setId("next-page");
		this.next.addClickListener((click) -> nextPage());
		Div paging = new Div(this.previous, this.next);
		paging.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
		Div list = new Div(this.total, this.results, paging);
		list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
				LumoUtility.Flex.GROW);
		Div body = new Div(this.facets, list);
		body.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.LARGE);
		return body;
	}

	private void period(boolean fromClient) {
		if (!fromClient) {
			return;
		}
		if (this.from.getValue() != null && this.to.getValue() != null
				&& this.from.getValue().isAfter(this.to.getValue())) {
			notify(getTranslation("cases.badPeriod"));
			return;
		}
		go(this.query.withPeriod(this.from.getValue(), this.to.getValue()));
	}

	private void toggle(CaseFacet facet, String value) {
		go(this.query.toggle(facet, value));
	}

	private void nextPage() {
		if (this.result != null && this.result.nextCursor() != null) {
			this.earlierCursors.push(Objects.requireNonNullElse(this.query.after(), ""));
			navigate(this.query.withAfter(this.result.nextCursor()));
		}
	}

	private void previousPage() {
		if (!this.earlierCursors.isEmpty()) {
			String cursor = this.earlierCursors.pop();
			navigate(this.query.withAfter(cursor.isEmpty() ? null : cursor));
		}
	}

	private void go(CaseQuery changed) {
		this.earlierCursors.clear();
		navigate(changed);
	}

	private void navigate(CaseQuery target) {
		UI.getCurrent().navigate(CaseSearchView.class, new QueryParameters(target.toParameters()));
	}

	private void showQuery() {
		this.text.setValue(this.query.text());
		this.sort.setValue(this.query.sort());
		this.from.setValue(this.query.from());
		this.to.setValue(this.query.to());
	}

	private void run() {
		this.results.removeAll();
		try {
			this.result = this.search.search(this.query, this.viewer, this.pageSize);
		}
		catch (CaseSearchUnavailableException ex) {
			this.result = null;
			this.total.setText(getTranslation("cases.unavailable"));
			this.facets.removeAll();
			this.next.setEnabled(false);
			this.previous.setEnabled(false);
			return;
		}
		this.total.setText(getTranslation("cases.total", this.result.total()));
		this.facets.show(this.result);
		if (this.result.hits().isEmpty()) {
			Span none = new Span(getTranslation("cases.none"));
			none.setId("case-none");
			this.results.add(none);
		}
		this.result.hits().forEach((hit) -> this.results.add(new CaseHitCard(hit, this.zone)));
		this.next.setEnabled(this.result.nextCursor() != null);
		this.previous.setEnabled(!this.earlierCursors.isEmpty());
	}

	private boolean sameSearch(CaseQuery requested) {
		return requested.withAfter(null).equals(this.query.withAfter(null));
	}

	private static void notify(String message) {
		Notification notification = Notification.show(message, 5000, Notification.Position.TOP_CENTER);
		notification.addThemeVariants(NotificationVariant.WARNING);
	}

	List<String> shownCaseIds() {
		return (this.result != null) ? this.result.hits().stream().map((hit) -> hit.caseId()).toList() : List.of();
	}

}
