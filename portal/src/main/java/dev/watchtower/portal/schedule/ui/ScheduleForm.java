package dev.watchtower.portal.schedule.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.watchtower.portal.schedule.AnalyticsJob;
import dev.watchtower.portal.schedule.ScheduleDefinition;

/**
 * The fields of a schedule: name, job, cron expression, time zone and parameters (one
 * {@code key=value} per line); errors show next to the field they concern.
 */
class ScheduleForm extends FormLayout {

	static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Hong_Kong", "UTC");

	private final TextField name = new TextField();

	private final ComboBox<AnalyticsJob> job = new ComboBox<>();

	private final TextField cron = new TextField();

	private final ComboBox<String> zone = new ComboBox<>();

	private final TextArea parameters = new TextArea();

	ScheduleForm() {
		setId("schedule-form");
		this.name.setId("schedule-name");
		this.name.setLabel(getTranslation("schedule.field.name"));
		this.name.setMaxLength(100);
		this.job.setId("schedule-job");
		this.job.setLabel(getTranslation("schedule.field.job"));
		this.job.setItems(AnalyticsJob.values());
		this.job.setItemLabelGenerator((value) -> getTranslation("schedule.job." + value.name()));
		this.cron.setId("schedule-cron");
		this.cron.setLabel(getTranslation("schedule.field.cron"));
		this.cron.setHelperText(getTranslation("schedule.field.cron.help"));
		this.cron.setValue("0 0 7 * * MON-FRI");
		this.zone.setId("schedule-zone");
		this.zone.setLabel(getTranslation("schedule.field.zone"));
		this.zone.setItems(ZONES);
		this.zone.setAllowCustomValue(true);
		this.zone.addCustomValueSetListener((custom) -> this.zone.setValue(custom.getDetail()));
		this.zone.setValue("Asia/Shanghai");
		this.parameters.setId("schedule-parameters");
		this.parameters.setLabel(getTranslation("schedule.field.parameters"));
		this.parameters.setHelperText(getTranslation("schedule.field.parameters.help"));
		add(this.name, this.job, this.cron, this.zone, this.parameters);
		setColspan(this.parameters, 2);
	}

	void fill(ScheduleDefinition definition) {
		this.name.setValue(definition.name());
		this.job.setValue(definition.job());
		this.cron.setValue(definition.cron());
		this.zone.setValue(definition.timeZone());
		this.parameters.setValue(String.join("\n",
				definition.parameters().entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue()).toList()));
	}

	/**
	 * The definition, or empty with the errors shown at the fields.
	 * @return the definition
	 */
	Optional<ScheduleDefinition> definition() {
		this.name.setInvalid(this.name.getValue().isBlank());
		this.name.setErrorMessage(getTranslation("schedule.error.required"));
		this.job.setInvalid(this.job.getValue() == null);
		this.job.setErrorMessage(getTranslation("schedule.error.required"));
		Map<String, String> parsed = new LinkedHashMap<>();
		for (String line : Arrays.stream(this.parameters.getValue().split("\\R")).map(String::strip).toList()) {
			if (line.isEmpty()) {
				continue;
			}
			int equals = line.indexOf('=');
			if (equals < 1) {
				return invalid(this.parameters, getTranslation("schedule.error.parameter", line));
			}
			parsed.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
		}
		if (this.name.isInvalid() || this.job.isInvalid()) {
			return Optional.empty();
		}
		try {
			ScheduleDefinition definition = new ScheduleDefinition(this.name.getValue(), this.job.getValue(),
					this.cron.getValue(), (this.zone.getValue() != null) ? this.zone.getValue() : "", parsed);
			this.cron.setInvalid(false);
			this.zone.setInvalid(false);
			this.parameters.setInvalid(false);
			return Optional.of(definition);
		}
		catch (IllegalArgumentException ex) {
			String message = (ex.getMessage() != null) ? ex.getMessage() : "";
			if (message.contains("cron")) {
				return invalid(this.cron, message);
			}
			if (message.contains("time zone")) {
				return invalid(this.zone, message);
			}
			return invalid(this.parameters, message);
		}
	}

	private static Optional<ScheduleDefinition> invalid(com.vaadin.flow.component.HasValidation field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
		return Optional.empty();
	}

}
