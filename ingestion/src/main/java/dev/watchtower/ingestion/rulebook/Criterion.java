package dev.watchtower.ingestion.rulebook;

import java.math.BigDecimal;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.watchtower.ingestion.classification.DataLevel;
import org.jspecify.annotations.Nullable;

/**
 * The condition of a grading rule, as written in the rulebook files.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = Criterion.AtLeast.class, name = "AT_LEAST"),
		@JsonSubTypes.Type(value = Criterion.Outage.class, name = "OUTAGE"),
		@JsonSubTypes.Type(value = Criterion.DataLevelReached.class, name = "DATA_LEVEL"),
		@JsonSubTypes.Type(value = Criterion.Judgement.class, name = "JUDGEMENT"),
		@JsonSubTypes.Type(value = Criterion.Unknown.class, name = "UNKNOWN") })
public sealed interface Criterion {

	/**
	 * A figure at or above a threshold ("以上" includes the number).
	 *
	 * @param figure the figure
	 * @param threshold the threshold
	 */
	record AtLeast(Figure figure, BigDecimal threshold) implements Criterion {

		public AtLeast {
			Objects.requireNonNull(figure, "figure");
			Objects.requireNonNull(threshold, "threshold");
		}

	}

	/**
	 * An interruption of main functions of a given length across a number of provinces.
	 *
	 * @param minProvinces fewest provinces affected
	 * @param maxProvinces most provinces affected, or null for no upper bound
	 * @param minMinutes shortest interruption, minutes
	 * @param peakHoursRequired whether it must fall in business peak hours
	 * @param network which networks the rule covers
	 * @param networkMinPersons for {@link Network#PBOC_CRITICAL}: persons served that
	 * make a network critical
	 */
	record Outage(int minProvinces, @Nullable Integer maxProvinces, long minMinutes, boolean peakHoursRequired,
			Network network, @Nullable Long networkMinPersons) implements Criterion {

		public Outage {
			Objects.requireNonNull(network, "network");
		}

	}

	/**
	 * The data involved reaches a data level.
	 *
	 * @param dataLevel the level
	 */
	record DataLevelReached(DataLevel dataLevel) implements Criterion {

		public DataLevelReached {
			Objects.requireNonNull(dataLevel, "dataLevel");
		}

	}

	/**
	 * A criterion that needs an analyst's judgement: the filing cannot decide it.
	 *
	 * @param why why it cannot be computed
	 */
	record Judgement(String why) implements Criterion {

		public Judgement {
			Objects.requireNonNull(why, "why");
		}

	}

	/**
	 * A criterion whose content is unknown (not found in any source).
	 */
	record Unknown() implements Criterion {
	}

	/**
	 * Networks an outage criterion covers.
	 */
	enum Network {

		/** Any network. */
		ANY,
		/**
		 * PBoC Art. 7(1)/8(1): financial infrastructure, or serving at least N persons,
		 * or closely tied to deposits, payments, tax remittance or interbank trading.
		 */
		PBOC_CRITICAL,
		/** Financial infrastructure only (read as CII for CAC). */
		FINANCIAL_INFRASTRUCTURE

	}

}
