package dev.watchtower.analytics.bulletin;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes {@code gold/bulletins}: MERGE by {@code bulletin_id}, so bulletins of earlier
 * days stay and a rerun for the same day replaces its own.
 */
final class BulletinSinks {

	private BulletinSinks() {
	}

	static long merge(Lake lake, Dataset<Row> bulletins, java.time.LocalDate asOf) {
		lake.declare(bulletins.sparkSession(), LakeTable.BULLETINS, bulletins.schema(),
				"Risk bulletins (风险提示 / 行业通报), one row per rule firing and as-of day, with source versions");
		DeltaTable table = DeltaTable.forPath(bulletins.sparkSession(), lake.location(LakeTable.BULLETINS));
		table.as("t")
			.merge(bulletins.as("s"), "t.bulletin_id = s.bulletin_id")
			.whenMatched()
			.updateAll()
			.whenNotMatched()
			.insertAll()
			.whenNotMatchedBySource(org.apache.spark.sql.functions.col("t.as_of")
				.equalTo(org.apache.spark.sql.functions.lit(java.sql.Date.valueOf(asOf))))
			.delete()
			.execute();
		return lake.version(bulletins.sparkSession(), LakeTable.BULLETINS).orElseThrow();
	}

}
