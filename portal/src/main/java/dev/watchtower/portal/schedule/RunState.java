package dev.watchtower.portal.schedule;

/**
 * Where a report run stands.
 */
public enum RunState {

	/** Waiting for a portal instance to claim it. */
	QUEUED,

	/** Its process runs; progress is reported. */
	RUNNING,

	/** The process exited with 0; outputs are available. */
	SUCCEEDED,

	/** The process failed, could not start, timed out or lost its portal instance. */
	FAILED

}
