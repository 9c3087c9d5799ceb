package dev.watchtower.portal.schedule;

import java.util.UUID;

/**
 * Runs a claimed report run to its end (it is {@code RUNNING} and belongs to this
 * instance when called).
 */
@FunctionalInterface
interface RunLauncher {

	/**
	 * Runs it, recording progress and the outcome.
	 * @param runId the run
	 */
	void launch(UUID runId);

}
