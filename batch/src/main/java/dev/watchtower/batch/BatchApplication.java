package dev.watchtower.batch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The batch application: runs the filing intake jobs with a JDBC job repository in
 * PostgreSQL, so a failed run restarts where it stopped.
 */
@SpringBootApplication
public class BatchApplication {

	public static void main(String[] args) {
		SpringApplication.run(BatchApplication.class, args);
	}

}
