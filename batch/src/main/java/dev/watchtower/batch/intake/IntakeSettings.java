package dev.watchtower.batch.intake;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the intake runs.
 *
 * @param inbox the inbox folder (env {@code WATCHTOWER_INBOX})
 * @param archive the folder that receives {@code processed/} and {@code failed/}
 * @param chunkSize records per chunk: one PostgreSQL transaction and at most one Delta
 * commit per table; large, for throughput
 * @param settle how long a file must be unchanged before it is taken
 * @param pollInterval how often the long-running mode looks at the inbox
 * @param skipLimit records that may fail unexpectedly (not rejections: errors of the
 * intake itself) before a run stops
 * @param receiptRejects the most rejections listed in one receipt
 * @param workers threads that check records
 * @param readAhead records checked and prepared ahead of the step at most, so checking
 * the next chunk overlaps writing the current one (memory: a few KB each); at most a
 * chunk
 */
@Validated
@ConfigurationProperties("watchtower.intake")
public record IntakeSettings(@DefaultValue("data/inbox") @NotNull Path inbox,
		@DefaultValue("data/intake") @NotNull Path archive,
		@DefaultValue("50000") @Min(1) @Max(1_000_000) int chunkSize, @DefaultValue("5s") @NotNull Duration settle,
		@DefaultValue("15s") @NotNull Duration pollInterval, @DefaultValue("1000") @Min(0) int skipLimit,
		@DefaultValue("1000") @Min(0) int receiptRejects, @DefaultValue("2") @Min(1) int workers,
		@DefaultValue("50000") @Min(1) int readAhead) {

}
