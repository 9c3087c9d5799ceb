package dev.watchtower.portal.intake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A record the intake rejected, as its receipt lists it.
 *
 * @param number the record's number in the file (JSON {@code record})
 * @param filingId the filing id, when the record had one
 * @param rule the rule it broke, e.g. {@code schema.required}
 * @param path the field, e.g. {@code title}
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RejectedRecord(@JsonProperty("record") long number, @Nullable String filingId, String rule,
		@Nullable String path, @Nullable String messageZh, @Nullable String messageEn) {

}
