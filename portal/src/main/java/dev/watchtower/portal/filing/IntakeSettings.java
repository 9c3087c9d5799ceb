package dev.watchtower.portal.filing;

import java.nio.file.Path;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the batch intake takes files in and leaves its receipts
 * (docs/intake-contract.md).
 *
 * @param inbox the inbox; the portal writes into its {@code api/} folder (default in
 * {@code application.properties}: {@code $WATCHTOWER_INBOX}, else
 * {@code $WATCHTOWER_DATA_DIR/inbox}, else {@code ./data/inbox})
 * @param outcomes the intake's folder holding {@code processed/} and {@code failed/}
 * (default {@code $WATCHTOWER_DATA_DIR/intake}, else {@code ./data/intake})
 * @param maxUploadBytes largest file accepted
 */
@Validated
@ConfigurationProperties("watchtower.intake")
public record IntakeSettings(@NotNull Path inbox, @NotNull Path outcomes,
		@DefaultValue("52428800") @Min(1) long maxUploadBytes) {

	/** The inbox folder of API and portal submissions. */
	public static final String API_FOLDER = "api";

}
