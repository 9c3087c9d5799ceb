package dev.watchtower.portal.intake;

import java.nio.file.Path;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the intake's files are and where its job repository is.
 *
 * @param inbox the inbox the batch intake reads ({@code <data>/inbox}); browser uploads
 * go to its {@code ui/} folder
 * @param root the intake's folder with {@code processed/} and {@code failed/}
 * ({@code <data>/intake})
 * @param batchSchema the PostgreSQL schema of Spring Batch's job repository, read only
 * @param maxUploadBytes the largest file a browser may upload
 */
@Validated
@ConfigurationProperties("watchtower.intake")
public record IntakeSettings(@DefaultValue("data/inbox") Path inbox, @DefaultValue("data/intake") Path root,
		@DefaultValue("batch") String batchSchema, @Min(1) @DefaultValue("52428800") long maxUploadBytes) {

	private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	public IntakeSettings {
		if (!SCHEMA.matcher(batchSchema).matches()) {
			throw new IllegalArgumentException(
					"watchtower.intake.batch-schema must be a plain lower-case schema name, got '%s'"
						.formatted(batchSchema));
		}
	}

}
