package dev.watchtower.ingestion.rulebook;

/**
 * Where a rulebook entry comes from, as tagged in REGULATIONS.md. Only binding entries
 * may decide compliance; drafts and inferences are advisory; NF entries are unknown.
 */
public enum Provenance {

	/** Regulation text (official or verbatim copy). */
	V1(Standing.BINDING),
	/**
	 * An uploaded copy of the official wording, to be checked against the official PDF.
	 */
	V1_COPY(Standing.BINDING),
	/** A secondary source states it. */
	V2(Standing.BINDING),
	/** Stated in one of the founding texts in shared/regulations. */
	SEED(Standing.BINDING),
	/** Consultation draft only. */
	DRAFT(Standing.ADVISORY),
	/** An inference or design suggestion. */
	INF(Standing.ADVISORY),
	/** Not found in any source: the rule exists but its content is unknown. */
	NF(Standing.UNKNOWN);

	private final Standing standing;

	Provenance(Standing standing) {
		this.standing = standing;
	}

	public Standing standing() {
		return this.standing;
	}

	/**
	 * How far an entry may be relied on.
	 */
	public enum Standing {

		BINDING, ADVISORY, UNKNOWN

	}

}
