package dev.watchtower.portal.intake;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A receipt and where it lies.
 *
 * @param receipt the receipt
 * @param location the receipt file
 * @param runDate the run-date folder it lies in
 * @param fileStillThere whether the processed or failed file is still beside it (a failed
 * file that was re-run is not)
 */
public record StoredReceipt(Receipt receipt, Path location, String runDate, boolean fileStillThere) {

	public StoredReceipt {
		Objects.requireNonNull(receipt, "receipt must not be null");
		Objects.requireNonNull(location, "location must not be null");
	}

}
