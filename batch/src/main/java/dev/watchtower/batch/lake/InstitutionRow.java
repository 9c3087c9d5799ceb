package dev.watchtower.batch.lake;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@code silver/institutions}.
 *
 * @param code the USCC
 * @param name the latest name seen
 * @param sector the sector
 * @param province the GB/T 2260 province code
 * @param firstFiledAt the earliest {@code reportedAt}
 * @param lastFiledAt the latest {@code reportedAt}
 * @param updatedAt when the intake last changed it
 */
public record InstitutionRow(String code, String name, String sector, String province, Instant firstFiledAt,
		Instant lastFiledAt, Instant updatedAt) {

	public InstitutionRow {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(sector, "sector");
		Objects.requireNonNull(province, "province");
		Objects.requireNonNull(firstFiledAt, "firstFiledAt");
		Objects.requireNonNull(lastFiledAt, "lastFiledAt");
		Objects.requireNonNull(updatedAt, "updatedAt");
	}

}
