package dev.watchtower.portal.cases.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.cases.CaseQuery;
import dev.watchtower.portal.cases.SavedSearch;
import dev.watchtower.portal.cases.SavedSearches;
import dev.watchtower.portal.security.Viewer;

/**
 * Saves the current search under a name and reopens saved ones.
 */
class SavedSearchBar extends Div {

	private final SavedSearches saved;

	private final Viewer viewer;

	private final ComboBox<SavedSearch> list = new ComboBox<>();

	SavedSearchBar(SavedSearches saved, Viewer viewer, Supplier<CaseQuery> current, Consumer<CaseQuery> open) {
		this.saved = saved;
		this.viewer = viewer;
		addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
				LumoUtility.AlignItems.BASELINE);
		TextField name = new TextField();
		name.setId("saved-search-name");
		name.setPlaceholder(getTranslation("cases.saved.name"));
		name.setMaxLength(SavedSearches.MAX_NAME);
		Button save = new Button(getTranslation("cases.saved.save"), VaadinIcon.BOOKMARK.create(), (click) -> {
			if (name.getValue().isBlank()) {
				name.setInvalid(true);
				name.setErrorMessage(getTranslation("cases.saved.nameRequired"));
				return;
			}
			name.setInvalid(false);
			SavedSearch search = saved.save(viewer, name.getValue(), current.get());
			Notification.show(getTranslation("cases.saved.done", search.name()), 3000,
					Notification.Position.BOTTOM_START);
			name.clear();
			refresh();
		});
		save.setId("save-search");
		save.addThemeVariants(ButtonVariant.TERTIARY);
		this.list.setId("saved-searches");
		this.list.setPlaceholder(getTranslation("cases.saved.open"));
		this.list.setItemLabelGenerator(SavedSearch::name);
		this.list.addValueChangeListener((change) -> {
			if (change.isFromClient() && change.getValue() != null) {
				open.accept(change.getValue().query());
			}
		});
		add(name, save, this.list);
		refresh();
	}

	private void refresh() {
		this.list.setItems(this.saved.list(this.viewer));
	}

}
