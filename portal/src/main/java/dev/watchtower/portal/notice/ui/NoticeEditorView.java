package dev.watchtower.portal.notice.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.watchtower.portal.base.ui.PortalTranslations;
import dev.watchtower.portal.notice.Addressee;
import dev.watchtower.portal.notice.LegalBases;
import dev.watchtower.portal.notice.LegalBasis;
import dev.watchtower.portal.notice.Notice;
import dev.watchtower.portal.notice.NoticeDraft;
import dev.watchtower.portal.notice.NoticeOutcome;
import dev.watchtower.portal.notice.NoticeQueries;
import dev.watchtower.portal.notice.NoticeType;
import dev.watchtower.portal.notice.NoticeWorkflow;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Writes or changes a draft notice: type, legal basis (from the catalogue, unverified
 * articles flagged), title, text, addressees (one per line: code and name), related cases
 * and bulletins, response due day. The workflow service checks everything again.
 */
@Route("notices/new")
@RouteAlias("notices/:id/edit")
@RolesAllowed({ "REGULATOR", "INSPECTOR" })
class NoticeEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final NoticeWorkflow workflow;

	private final NoticeQueries queries;

	private final LegalBases legalBases;

	private final ComboBox<NoticeType> type = new ComboBox<>();

	private final ComboBox<LegalBasis> basis = new ComboBox<>();

	private final TextField title = new TextField();

	private final TextArea body = new TextArea();

	private final TextArea addressees = new TextArea();

	private final TextArea cases = new TextArea();

	private final TextArea bulletins = new TextArea();

	private final DatePicker responseDue = new DatePicker();

	private final Paragraph gaps = new Paragraph();

	private @Nullable UUID editing;

	NoticeEditorView(NoticeWorkflow workflow, NoticeQueries queries, LegalBases legalBases) {
		this.workflow = workflow;
		this.queries = queries;
		this.legalBases = legalBases;
		setId("notice-editor");
		addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.MaxWidth.SCREEN_MEDIUM);
		configureFields();
		Button save = new Button(getTranslation("notice.action.save"), (click) -> save());
		save.setId("notice-save");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		FormLayout form = new FormLayout(this.type, this.basis, this.title, this.body, this.addressees, this.cases,
				this.bulletins, this.responseDue);
		form.setColspan(this.title, 2);
		form.setColspan(this.body, 2);
		form.setColspan(this.basis, 2);
		this.gaps.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
		this.gaps.setText(this.legalBases.gaps()
			.stream()
			.map((gap) -> english() ? gap.noteEn() : gap.noteZh())
			.reduce((a, b) -> a + " " + b)
			.orElse(""));
		add(form, this.gaps, save);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<String> id = event.getRouteParameters().get("id");
		if (id.isEmpty()) {
			return;
		}
		Optional<Notice> notice = parse(id.get()).flatMap(this.queries::find).map(NoticeQueries.NoticeRow::notice);
		if (notice.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		fill(notice.get());
	}

	@Override
	public String getPageTitle() {
		return getTranslation((this.editing != null) ? "notice.editor.edit" : "notice.editor.new");
	}

	private void configureFields() {
		this.type.setId("notice-type");
		this.type.setLabel(getTranslation("notice.field.type"));
		this.type.setItems(NoticeType.values());
		this.type.setItemLabelGenerator((value) -> NoticeLabels.typeName(this.legalBases, value, getLocale()));
		this.type.setRequired(true);
		this.type.addValueChangeListener((change) -> {
			this.basis
				.setItems((change.getValue() != null) ? this.legalBases.kind(change.getValue()).bases() : List.of());
			if (change.getValue() != null) {
				this.basis.setValue(this.legalBases.kind(change.getValue()).bases().get(0));
			}
		});
		this.basis.setId("notice-basis");
		this.basis.setLabel(getTranslation("notice.field.basis"));
		this.basis.setItemLabelGenerator((value) -> (english() ? value.citationEn() : value.citationZh())
				+ (value.verified() ? "" : " — " + getTranslation("notice.basis.unverified")));
		this.basis.addValueChangeListener(
				(change) -> this.basis.setHelperText((change.getValue() != null) ? change.getValue().quoteZh() : null));
		this.basis.setRequired(true);
		this.title.setId("notice-title");
		this.title.setLabel(getTranslation("notice.field.title"));
		this.title.setMaxLength(NoticeDraft.TITLE_MAX_LENGTH);
		this.title.setRequired(true);
		this.body.setId("notice-body");
		this.body.setLabel(getTranslation("notice.field.body"));
		this.body.setMaxLength(NoticeDraft.BODY_MAX_LENGTH);
		this.body.setMinHeight("12em");
		this.body.setRequired(true);
		this.addressees.setId("notice-addressees");
		this.addressees.setLabel(getTranslation("notice.field.addressees"));
		this.addressees.setHelperText(getTranslation("notice.field.addressees.help"));
		this.addressees.setRequired(true);
		this.cases.setId("notice-cases");
		this.cases.setLabel(getTranslation("notice.field.cases"));
		this.cases.setHelperText(getTranslation("notice.field.cases.help"));
		this.bulletins.setId("notice-bulletins");
		this.bulletins.setLabel(getTranslation("notice.field.bulletins"));
		this.responseDue.setId("notice-due");
		this.responseDue.setLabel(getTranslation("notice.field.responseDue"));
		this.responseDue.setHelperText(getTranslation("notice.field.responseDue.help"));
	}

	private void fill(Notice notice) {
		this.editing = notice.id();
		NoticeDraft draft = notice.draft();
		this.type.setValue(draft.type());
		this.legalBases.basis(draft.type(), draft.legalBasisId()).ifPresent(this.basis::setValue);
		this.title.setValue(draft.title());
		this.body.setValue(draft.body());
		this.addressees.setValue(String.join("\n",
				draft.addressees().stream().map((a) -> a.institutionCode() + " " + a.name()).toList()));
		this.cases.setValue(String.join("\n", draft.caseIds()));
		this.bulletins.setValue(String.join("\n", draft.bulletinIds()));
		this.responseDue.setValue(draft.responseDue());
	}

	private void save() {
		Optional<NoticeDraft> draft = validate();
		if (draft.isEmpty()) {
			return;
		}
		NoticeOutcome outcome = (this.editing == null) ? this.workflow.draft(draft.get())
				: this.workflow.edit(this.editing, draft.get());
		switch (outcome) {
			case NoticeOutcome.Done done -> getUI().ifPresent((ui) -> ui.navigate(NoticeDetailView.class,
					new RouteParameters("id", done.notice().id().toString())));
			case NoticeOutcome.Refused refused -> show(getTranslation(refused.reason()));
			case NoticeOutcome.NotFound notFound -> show(getTranslation("notice.notFound"));
		}
	}

	private Optional<NoticeDraft> validate() {
		boolean valid = required(this.type, this.type.getValue() != null)
				& required(this.basis, this.basis.getValue() != null)
				& required(this.title, !this.title.getValue().isBlank())
				& required(this.body, !this.body.getValue().isBlank());
		List<Addressee> parsed = new ArrayList<>();
		for (String line : lines(this.addressees.getValue())) {
			String[] parts = line.split("\\s+", 2);
			try {
				parsed.add(new Addressee(parts[0], (parts.length > 1) ? parts[1] : ""));
			}
			catch (IllegalArgumentException ex) {
				return invalid(this.addressees, getTranslation("notice.error.addressee", line));
			}
		}
		valid &= required(this.addressees, !parsed.isEmpty());
		if (!valid) {
			return Optional.empty();
		}
		try {
			return Optional.of(new NoticeDraft(this.type.getValue(), this.basis.getValue().id(), this.title.getValue(),
					this.body.getValue(), parsed, lines(this.cases.getValue()), lines(this.bulletins.getValue()),
					this.responseDue.getValue()));
		}
		catch (IllegalArgumentException ex) {
			return invalid(this.cases, ex.getMessage());
		}
	}

	private boolean required(HasValidation field, boolean present) {
		field.setInvalid(!present);
		field.setErrorMessage(present ? null : getTranslation("notice.error.required"));
		return present;
	}

	private static Optional<NoticeDraft> invalid(HasValidation field, @Nullable String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
		return Optional.empty();
	}

	private static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private boolean english() {
		return PortalTranslations.ENGLISH.equals(PortalTranslations.supported(getLocale()));
	}

	private static void show(String message) {
		Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
		notification.addThemeVariants(NotificationVariant.ERROR);
		notification.setId("notice-refused");
	}

}
