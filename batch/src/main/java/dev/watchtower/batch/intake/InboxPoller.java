package dev.watchtower.batch.intake;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The long-running mode's schedule: every {@code watchtower.intake.poll-interval}
 * (default 15 s) it runs the intake on the inbox when files have settled, so a portal
 * upload or an API submission is loaded within a minute. Off until {@link #start()} (the
 * {@code serve} command).
 */
@Component
public class InboxPoller {

	private static final Logger logger = LoggerFactory.getLogger(InboxPoller.class);

	private final IntakeRuns runs;

	private final IntakeSettings settings;

	private final AtomicBoolean enabled = new AtomicBoolean();

	InboxPoller(IntakeRuns runs, IntakeSettings settings) {
		this.runs = runs;
		this.settings = settings;
	}

	public void start() {
		this.enabled.set(true);
		logger.info("Polling {} every {}", this.settings.inbox(), this.settings.pollInterval());
	}

	@Scheduled(fixedDelayString = "${watchtower.intake.poll-interval:15s}", initialDelayString = "1s")
	void poll() {
		if (!this.enabled.get()) {
			return;
		}
		try {
			IntakeReport report = this.runs.runOnce(this.settings.inbox(), this.settings.settle());
			if (report.outcome() != IntakeReport.Outcome.IDLE) {
				logger.info("Intake {}: {}", report.outcome(), report.toJson());
			}
		}
		catch (RuntimeException ex) {
			logger.error("The scheduled intake failed; the next poll retries where it stopped", ex);
		}
	}

}
