package dev.watchtower.portal.schedule;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JobOutputLineTests {

	@Test
	void reads_progress_lines_with_step_and_free_text() {
		assertThat(JobOutputLine.parse("PROGRESS 40 posture 汇总 3/7 个行业"))
			.isEqualTo(new JobOutputLine.Progress(40, "posture", "汇总 3/7 个行业"));
		assertThat(JobOutputLine.parse("PROGRESS 100 done")).isEqualTo(new JobOutputLine.Progress(100, "done", ""));
	}

	@Test
	void reads_error_lines() {
		assertThat(JobOutputLine.parse("ERROR table silver/incidents does not exist"))
			.isEqualTo(new JobOutputLine.Error("table silver/incidents does not exist"));
	}

	@Test
	void anything_else_is_kept_as_other() {
		assertThat(JobOutputLine.parse("PROGRESS 140 overflow")).isInstanceOf(JobOutputLine.Other.class);
		assertThat(JobOutputLine.parse("WARN spark: something")).isInstanceOf(JobOutputLine.Other.class);
		assertThat(JobOutputLine.parse("PROGRESS soon")).isInstanceOf(JobOutputLine.Other.class);
	}

}
