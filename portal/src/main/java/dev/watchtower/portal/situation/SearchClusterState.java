package dev.watchtower.portal.situation;

import java.util.Objects;

/**
 * What the overview knows about the Elasticsearch cluster: either it answered, with its
 * health and the size of the Watchtower indices, or it could not be reached.
 */
public sealed interface SearchClusterState {

	/**
	 * The cluster answered.
	 *
	 * @param health cluster health as Elasticsearch names it ({@code green},
	 * {@code yellow}, {@code red})
	 * @param watchtowerIndices number of indices named {@code watchtower-*}
	 * @param watchtowerDocuments documents in those indices
	 */
	record Available(String health, long watchtowerIndices, long watchtowerDocuments) implements SearchClusterState {

		public Available {
			Objects.requireNonNull(health, "health must not be null");
			if (watchtowerIndices < 0 || watchtowerDocuments < 0) {
				throw new IllegalArgumentException("Counts must not be negative, got %d indices and %d documents"
					.formatted(watchtowerIndices, watchtowerDocuments));
			}
		}

	}

	/**
	 * The cluster could not be asked.
	 *
	 * @param reason why, in words fit for the log and an operator
	 */
	record Unavailable(String reason) implements SearchClusterState {

		public Unavailable {
			Objects.requireNonNull(reason, "reason must not be null");
		}

	}

}
