package dev.watchtower.portal.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a drafter writes: the command to create or change a draft. Checks itself, so the
 * service re-validates whatever a form sends.
 *
 * @param type the measure
 * @param legalBasisId the cited basis, one of the type's in {@link LegalBases}
 * @param title the title, e.g. 关于某银行数据泄露事件的监管通报
 * @param body the text
 * @param addressees one or more institutions
 * @param caseIds the cases that justify it ({@code <institutionCode>:<incidentId>})
 * @param bulletinIds the bulletins that justify it
 * @param responseDue the day the response is due, or {@code null} when none is required
 */
public record NoticeDraft(NoticeType type, String legalBasisId, String title, String body, List<Addressee> addressees,
		List<String> caseIds, List<String> bulletinIds, @Nullable LocalDate responseDue) {

	/** Longest title. */
	public static final int TITLE_MAX_LENGTH = 200;

	/** Longest text. */
	public static final int BODY_MAX_LENGTH = 20_000;

	static final Pattern CASE_ID = Pattern.compile("[0-9A-Za-z]{1,32}:[^\\s:]{1,200}");

	static final Pattern BULLETIN_ID = Pattern.compile("[^\\s]{1,256}");

	public NoticeDraft {
		Objects.requireNonNull(type, "type must not be null");
		Objects.requireNonNull(legalBasisId, "legalBasisId must not be null");
		Objects.requireNonNull(title, "title must not be null");
		Objects.requireNonNull(body, "body must not be null");
		title = title.strip();
		if (title.isEmpty() || title.length() > TITLE_MAX_LENGTH) {
			throw new IllegalArgumentException("Title must be 1-%d characters".formatted(TITLE_MAX_LENGTH));
		}
		if (body.isBlank() || body.length() > BODY_MAX_LENGTH) {
			throw new IllegalArgumentException("Text must be 1-%d characters".formatted(BODY_MAX_LENGTH));
		}
		addressees = List.copyOf(addressees);
		if (addressees.isEmpty()) {
			throw new IllegalArgumentException("A notice needs at least one addressee");
		}
		if (addressees.stream().map(Addressee::institutionCode).distinct().count() != addressees.size()) {
			throw new IllegalArgumentException("An institution is addressed twice");
		}
		caseIds = List.copyOf(caseIds.stream().map(String::strip).distinct().toList());
		bulletinIds = List.copyOf(bulletinIds.stream().map(String::strip).distinct().toList());
		for (String caseId : caseIds) {
			if (!CASE_ID.matcher(caseId).matches()) {
				throw new IllegalArgumentException(
						"Case id must look like <institutionCode>:<incidentId>, got '%s'".formatted(caseId));
			}
		}
		for (String bulletinId : bulletinIds) {
			if (!BULLETIN_ID.matcher(bulletinId).matches()) {
				throw new IllegalArgumentException(
						"Bulletin id must be 1-256 characters without spaces, got '%s'".formatted(bulletinId));
			}
		}
	}

}
