package dev.watchtower.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.watchtower.infra.testing.WatchtowerServicesExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring Boot context the Portal II integration and browser tests share (so it
 * starts once per JVM): the demo profile, real PostgreSQL and Elasticsearch, a schema of
 * its own, a data folder of its own under {@code target/}, the report runner pointed at
 * {@link dev.watchtower.portal.schedule.ContractAnalyticsJob} (a real separate process
 * that follows {@code docs/analytics-runs.md}), and GreenMail as a real SMTP server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ExtendWith(WatchtowerServicesExtension.class)
public abstract class PortalTestContext {

	/** Suffix of this JVM's schema and data folder. */
	protected static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

	/** This JVM's data folder (inbox, intake receipts, report outputs). */
	protected static final Path DATA = dataFolder();

	/** A real SMTP server on a free loopback port, for alert e-mails. */
	protected static final GreenMail MAIL = startMail();

	@DynamicPropertySource
	static void portalTwoSettings(DynamicPropertyRegistry registry) {
		registry.add("spring.flyway.default-schema", () -> "portal_two_it_" + SUFFIX);
		registry.add("watchtower.data-dir", DATA::toString);
		// Spring Batch's job repository in a schema of this JVM's own (the batch module's
		// tests own the schema "batch" of the shared database).
		registry.add("watchtower.intake.batch-schema", () -> "batch_it_" + SUFFIX);
		registry.add("watchtower.schedules.command", PortalTestContext::contractJobCommand);
		// The context's own scheduler does not tick: tests drive ticks, so they count
		// exactly.
		registry.add("watchtower.schedules.enabled", () -> "false");
		// Alerts: tests poll by hand, from indexes of their own built from the contract's
		// mappings.
		registry.add("watchtower.alerts.enabled", () -> "false");
		registry.add("watchtower.alerts.cases-index", () -> "alerts-it-cases-" + SUFFIX);
		registry.add("watchtower.alerts.bulletins-index", () -> "alerts-it-bulletins-" + SUFFIX);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	private static String contractJobCommand() {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String classes = Path.of("target", "test-classes").toAbsolutePath().toString();
		return String.join(",", java, "-cp", classes, "dev.watchtower.portal.schedule.ContractAnalyticsJob");
	}

	private static Path dataFolder() {
		try {
			return Files.createDirectories(Path.of("target", "portal-two-data-" + SUFFIX)).toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the test data folder", ex);
		}
	}

	private static GreenMail startMail() {
		GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(mail::stop, "greenmail-stop"));
		return mail;
	}

}
