package dev.watchtower.portal.alert.ui;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.alert.AlertKind;
import dev.watchtower.portal.alert.AlertRule;
import dev.watchtower.portal.alert.AlertRules;
import dev.watchtower.portal.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * 提醒规则: the alert rules, switched on and off, and new ones added (who is notified, which
 * levels, which addresses get e-mail). ADMIN only.
 */
@Route("alerts/rules")
@Menu(order = 80, icon = "vaadin:bell-o", title = "nav.alertRules")
@RolesAllowed("ADMIN")
class AlertRulesView extends Main implements HasDynamicTitle {

	private final AlertRules rules;

	private final Grid<AlertRule> grid = new Grid<>();

	AlertRulesView(AlertRules rules) {
		this.rules = rules;
		setId("alert-rules");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
				LumoUtility.Gap.MEDIUM);
		add(creation(), this.grid);
		this.grid.setId("alert-rule-grid");
		this.grid.setAllRowsVisible(true);
		this.grid.addColumn(AlertRule::name).setHeader(getTranslation("alert.rule.name")).setFlexGrow(1);
		this.grid.addColumn((rule) -> getTranslation("alert.kind." + rule.kind()))
			.setHeader(getTranslation("alert.rule.kind"))
			.setAutoWidth(true);
		this.grid.addColumn((rule) -> String.join(",", rule.levels()))
			.setHeader(getTranslation("alert.rule.levels"))
			.setAutoWidth(true);
		this.grid
			.addColumn((rule) -> rule.roles()
				.stream()
				.map((role) -> getTranslation("role." + role))
				.sorted()
				.collect(Collectors.joining("、")))
			.setHeader(getTranslation("alert.rule.roles"))
			.setAutoWidth(true);
		this.grid.addColumn((rule) -> String.join(", ", rule.emailTo()))
			.setHeader(getTranslation("alert.rule.email"))
			.setFlexGrow(1);
		this.grid.addComponentColumn((rule) -> {
			Checkbox enabled = new Checkbox(rule.enabled());
			enabled.addValueChangeListener((change) -> this.rules.enable(rule.id(), change.getValue()));
			return enabled;
		}).setHeader(getTranslation("alert.rule.enabled")).setAutoWidth(true);
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("alert.rules.title");
	}

	private Details creation() {
		ComboBox<AlertKind> kind = new ComboBox<>(getTranslation("alert.rule.kind"), AlertKind.values());
		kind.setItemLabelGenerator((value) -> getTranslation("alert.kind." + value));
		TextField name = new TextField(getTranslation("alert.rule.name"));
		MultiSelectComboBox<String> levels = new MultiSelectComboBox<>(getTranslation("alert.rule.levels"));
		levels.setItems("EXTRAORDINARY", "MAJOR", "LARGE", "GENERAL");
		MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>(getTranslation("alert.rule.roles"));
		roles.setItems(Role.values());
		roles.setItemLabelGenerator((role) -> getTranslation("role." + role));
		TextField email = new TextField(getTranslation("alert.rule.email"));
		email.setHelperText(getTranslation("alert.rule.email.help"));
		Button create = new Button(getTranslation("alert.rule.create"), (click) -> {
			try {
				Set<Role> chosen = roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
				List<String> addresses = Arrays.stream(email.getValue().split(","))
					.map(String::strip)
					.filter((address) -> !address.isEmpty())
					.toList();
				if (kind.getValue() == null) {
					kind.setInvalid(true);
					return;
				}
				this.rules.create(kind.getValue(), name.getValue(), levels.getValue(), chosen, addresses);
				refresh();
			}
			catch (IllegalArgumentException ex) {
				email.setErrorMessage(ex.getMessage());
				email.setInvalid(true);
			}
		});
		create.addThemeVariants(ButtonVariant.PRIMARY);
		return new Details(getTranslation("alert.rule.new"), new FormLayout(kind, name, levels, roles, email), create);
	}

	private void refresh() {
		this.grid.setItems(this.rules.rules());
	}

}
