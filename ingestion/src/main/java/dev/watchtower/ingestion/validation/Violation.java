package dev.watchtower.ingestion.validation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One problem with one record, as reported to the filer and kept with the rejected
 * record.
 *
 * @param location source file and record index
 * @param filingId the record's filing id when readable
 * @param institutionCode the record's institution code when readable
 * @param path dotted JSON path of the field, empty for the whole record
 * @param rule the rule broken
 * @param messageZh message in Chinese
 * @param messageEn message in English
 * @param value the offending value, if any
 */
public record Violation(RecordLocation location, @Nullable String filingId, @Nullable String institutionCode,
		String path, Rule rule, String messageZh, String messageEn, @Nullable String value) {

	public Violation {
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(messageZh, "messageZh");
		Objects.requireNonNull(messageEn, "messageEn");
	}

	/**
	 * Places a finding at a location and renders its messages.
	 * @param location where the record is
	 * @param filingId the record's filing id, if readable
	 * @param institutionCode the record's institution code, if readable
	 * @param finding the finding
	 * @return the violation
	 */
	public static Violation of(RecordLocation location, @Nullable String filingId, @Nullable String institutionCode,
			Finding finding) {
		RuleMessages messages = RuleMessages.instance();
		return new Violation(location, filingId, institutionCode, finding.path(), finding.rule(),
				messages.render(finding, RuleMessages.Language.ZH_CN),
				messages.render(finding, RuleMessages.Language.EN), finding.value());
	}

}
