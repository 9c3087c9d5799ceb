package dev.watchtower.batch.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a benchmark run's row goes in {@code batch/BENCHMARKS.md}.
 */
class IngestBenchmarkTests {

	@Test
	void a_row_goes_to_the_end_of_the_results_table_not_the_end_of_the_file() {
		List<String> file = List.of("# Batch intake benchmarks", "| a | b |", "## Results", "", "| date | x |",
				"|---|---|", "| old | 1 |", "", "## Reading the figures", "- text");

		assertThat(IngestBenchmark.withRow(file, "| new | 2 |")).containsExactly("# Batch intake benchmarks",
				"| a | b |", "## Results", "", "| date | x |", "|---|---|", "| old | 1 |", "| new | 2 |", "",
				"## Reading the figures", "- text");
	}

	@Test
	void without_a_results_table_the_row_is_appended() {
		assertThat(IngestBenchmark.withRow(List.of("# Benchmarks"), "| new | 2 |")).containsExactly("# Benchmarks",
				"| new | 2 |");
	}

}
