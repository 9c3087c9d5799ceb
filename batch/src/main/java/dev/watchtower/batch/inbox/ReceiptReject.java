package dev.watchtower.batch.inbox;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One rejection listed in a receipt.
 *
 * @param record the record index within the file
 * @param filingId the record's filing id when readable
 * @param rule the rule id
 * @param path the field path
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record ReceiptReject(long record, @Nullable String filingId, String rule, String path, String messageZh,
		String messageEn) {

	public ReceiptReject {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(messageZh, "messageZh");
		Objects.requireNonNull(messageEn, "messageEn");
	}

}
