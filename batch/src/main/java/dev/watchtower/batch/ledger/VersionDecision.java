package dev.watchtower.batch.ledger;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the intake does with an accepted filing, given the versions already received.
 */
public sealed interface VersionDecision {

	/**
	 * The first version received of this filing: bronze and silver.
	 */
	record New() implements VersionDecision {
	}

	/**
	 * A higher version than any received: bronze, and it replaces the silver row.
	 *
	 * @param replaced the version it replaces
	 * @param replacedPartition the silver partition of the replaced row (null:
	 * unpartitioned, or replaced in the same chunk)
	 * @param inLake whether the replaced row is already in the lake (false: it arrived
	 * earlier in the same chunk)
	 */
	record Supersedes(int replaced, @Nullable String replacedPartition, boolean inLake) implements VersionDecision {
	}

	/**
	 * A lower version than the current one, arriving late: bronze only.
	 *
	 * @param current the current version
	 */
	record Late(int current) implements VersionDecision {
	}

	/**
	 * The same version with the same content again: counted, not written.
	 */
	record Duplicate() implements VersionDecision {
	}

	/**
	 * The same version with different content: rejected ({@code filing.duplicate}); a
	 * correction needs a higher version.
	 *
	 * @param firstReceivedAt when the version was first received
	 */
	record Conflict(Instant firstReceivedAt) implements VersionDecision {

		public Conflict {
			Objects.requireNonNull(firstReceivedAt, "firstReceivedAt");
		}

	}

}
