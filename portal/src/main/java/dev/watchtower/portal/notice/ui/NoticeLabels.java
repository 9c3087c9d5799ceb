package dev.watchtower.portal.notice.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import dev.watchtower.portal.base.ui.PortalTranslations;
import dev.watchtower.portal.notice.LegalBases;
import dev.watchtower.portal.notice.NoticeDeadline;
import dev.watchtower.portal.notice.NoticeStatus;
import dev.watchtower.portal.notice.NoticeType;
import org.jspecify.annotations.Nullable;

/**
 * How notice facts read on screen: type names from the catalogue, status and deadline
 * badges, dates.
 */
final class NoticeLabels {

	static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private NoticeLabels() {
	}

	static String typeName(LegalBases legalBases, NoticeType type, Locale locale) {
		LegalBases.Kind kind = legalBases.kind(type);
		return PortalTranslations.ENGLISH.equals(PortalTranslations.supported(locale)) ? kind.nameEn() : kind.nameZh();
	}

	static Span status(Component owner, NoticeStatus status) {
		Span badge = new Span(owner.getTranslation("notice.status." + status.name()));
		badge.getElement().getThemeList().add("badge" + switch (status) {
			case DRAFT -> " contrast";
			case IN_REVIEW, APPROVED -> "";
			case ISSUED, RESPONSE_RECEIVED -> " success";
			case CLOSED -> " contrast";
		});
		return badge;
	}

	static Span deadline(Component owner, NoticeDeadline deadline, @Nullable LocalDate due) {
		String text = owner.getTranslation("notice.deadline." + deadline.name(), (due != null) ? DAY.format(due) : "");
		Span badge = new Span(text);
		badge.getElement().getThemeList().add("badge" + switch (deadline) {
			case OVERDUE, MET_LATE -> " error";
			case DUE_SOON -> " warning";
			case MET -> " success";
			default -> " contrast";
		});
		return badge;
	}

	static String format(@Nullable TemporalAccessor at, DateTimeFormatter format, ZoneId zone) {
		if (at == null) {
			return "";
		}
		return (at instanceof java.time.Instant instant) ? format.format(instant.atZone(zone)) : format.format(at);
	}

}
