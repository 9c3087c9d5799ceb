package dev.watchtower.batch.ledger;

import java.util.Objects;

/**
 * What identifies a filing across its versions.
 *
 * @param institutionCode the filer's USCC
 * @param filingId the institution-chosen id
 */
public record FilingKey(String institutionCode, String filingId) {

	public FilingKey {
		Objects.requireNonNull(institutionCode, "institutionCode");
		Objects.requireNonNull(filingId, "filingId");
	}

}
