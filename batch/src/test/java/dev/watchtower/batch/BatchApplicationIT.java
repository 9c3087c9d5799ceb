package dev.watchtower.batch;

import dev.watchtower.infra.testing.WatchtowerServicesExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch application against the real PostgreSQL: Flyway creates the job repository in
 * schema {@code batch}, and the repository is the JDBC one (restartable), not the
 * resourceless default.
 */
@ExtendWith(WatchtowerServicesExtension.class)
@SpringBootTest
class BatchApplicationIT {

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void keeps_job_instances_in_the_postgresql_job_repository() throws Exception {
		// given
		String jobName = "batchApplicationIT-" + System.nanoTime();

		// when
		JobInstance instance = this.jobRepository.createJobInstance(jobName, new JobParameters());

		// then
		Integer rows = this.jdbc.queryForObject("select count(*) from batch.batch_job_instance where job_name = ?",
				Integer.class, jobName);
		assertThat(rows).isEqualTo(1);
		assertThat(this.jobRepository.getJobInstance(instance.getInstanceId())).isNotNull();
	}

}
