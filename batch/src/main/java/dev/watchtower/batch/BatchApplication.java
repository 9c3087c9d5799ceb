package dev.watchtower.batch;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The batch application: runs the filing intake with a JDBC job repository in PostgreSQL,
 * so a failed or killed run restarts where it stopped. {@code ingest [DIR]} runs it once,
 * {@code serve} polls the inbox.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class BatchApplication {

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(BatchApplication.class, args);
		System.exit(SpringApplication.exit(context));
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
