package dev.watchtower.portal.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A supervisory notice as stored.
 *
 * @param id the notice's id
 * @param draft what the drafter wrote
 * @param status where it stands
 * @param citationZh the legal basis as printed
 * @param authorityZh the issuing authority as printed
 * @param catalogueVersion the legal-basis catalogue version the basis was taken from
 * @param draftedBy the drafter
 * @param draftedAt when the draft was created
 * @param approvedBy the approver, once approved
 * @param issuedBy the issuer, once issued
 * @param issuedAt when it was issued
 * @param number its number, e.g. 监管通报〔2026〕7号, once issued
 * @param pdfSha256 SHA-256 (hex) of the issued PDF
 * @param responseReceivedAt when the response was recorded
 * @param responseSummary what the institution answered
 * @param closedAt when it was closed
 */
public record Notice(UUID id, NoticeDraft draft, NoticeStatus status, String citationZh, String authorityZh,
		String catalogueVersion, String draftedBy, Instant draftedAt, @Nullable String approvedBy,
		@Nullable String issuedBy, @Nullable Instant issuedAt, @Nullable String number, @Nullable String pdfSha256,
		@Nullable Instant responseReceivedAt, @Nullable String responseSummary, @Nullable Instant closedAt) {

	public Notice {
		Objects.requireNonNull(id, "id must not be null");
		Objects.requireNonNull(draft, "draft must not be null");
		Objects.requireNonNull(status, "status must not be null");
		Objects.requireNonNull(draftedBy, "draftedBy must not be null");
	}

	/**
	 * Shorthand for the draft's type.
	 * @return the type
	 */
	public NoticeType type() {
		return this.draft.type();
	}

	/**
	 * Shorthand for the draft's title.
	 * @return the title
	 */
	public String title() {
		return this.draft.title();
	}

	/**
	 * Shorthand for the response due day.
	 * @return the day, or {@code null} when no response is required
	 */
	public @Nullable LocalDate responseDue() {
		return this.draft.responseDue();
	}

	/**
	 * Shorthand for the addressees.
	 * @return the addressees
	 */
	public List<Addressee> addressees() {
		return this.draft.addressees();
	}

}
