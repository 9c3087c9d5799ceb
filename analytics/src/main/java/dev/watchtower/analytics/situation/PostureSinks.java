package dev.watchtower.analytics.situation;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes {@code gold/posture} and {@code gold/peer_benchmarks}.
 */
final class PostureSinks {

	private PostureSinks() {
	}

	static long replacePosture(Lake lake, Dataset<Row> posture) {
		return lake.replace(posture, LakeTable.POSTURE,
				"Incident posture by DAY or MONTH x sector x category x level x province: counts, impact, mean times, late and under-grading rates");
	}

	static long replacePeerBenchmarks(Lake lake, Dataset<Row> peers) {
		return lake.replace(peers, LakeTable.PEER_BENCHMARKS,
				"Peer groups by sector and institution size band; figures withheld below k institutions");
	}

}
