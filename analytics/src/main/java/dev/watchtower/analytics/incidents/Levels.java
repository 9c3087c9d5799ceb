package dev.watchtower.analytics.incidents;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * Incident levels as Spark columns: severity ranks (4 特别重大 … 1 一般) and back.
 */
public final class Levels {

	/** The level names, most severe first, as in {@code IncidentLevel}. */
	public static final String[] NAMES = { "EXTRAORDINARY", "MAJOR", "LARGE", "GENERAL" };

	private Levels() {
	}

	/**
	 * The severity rank of a level column: 4 for EXTRAORDINARY down to 1 for GENERAL, 0
	 * for null or unknown.
	 * @param level the level
	 * @return the rank
	 */
	public static Column rank(Column level) {
		return when(level.equalTo("EXTRAORDINARY"), 4).when(level.equalTo("MAJOR"), 3)
			.when(level.equalTo("LARGE"), 2)
			.when(level.equalTo("GENERAL"), 1)
			.otherwise(0);
	}

	/**
	 * The level of a rank column (null for 0).
	 * @param rank the rank
	 * @return the level
	 */
	public static Column ofRank(Column rank) {
		return when(rank.equalTo(4), lit("EXTRAORDINARY")).when(rank.equalTo(3), lit("MAJOR"))
			.when(rank.equalTo(2), lit("LARGE"))
			.when(rank.equalTo(1), lit("GENERAL"));
	}

	/**
	 * The more severe of two levels (either may be null).
	 * @param a a level
	 * @param b another level
	 * @return the more severe, null when both are null
	 */
	public static Column mostSevere(Column a, Column b) {
		return ofRank(functions.greatest(rank(a), rank(b)));
	}

	/**
	 * Whether a level column is MAJOR or more severe.
	 * @param level the level
	 * @return the condition
	 */
	public static Column atLeastMajor(String level) {
		return rank(col(level)).geq(3);
	}

}
