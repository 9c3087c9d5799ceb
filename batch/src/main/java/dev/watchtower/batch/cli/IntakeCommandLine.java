package dev.watchtower.batch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import dev.watchtower.batch.bench.IngestBenchmark;
import dev.watchtower.batch.intake.InboxPoller;
import dev.watchtower.batch.intake.IntakeReport;
import dev.watchtower.batch.intake.IntakeRuns;
import dev.watchtower.batch.intake.IntakeSettings;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code ingest [DIR]}: runs the intake once on DIR (default: the inbox), progress in the
 * log on stderr, the JSON summary on stdout; exit code 0 when it completed (or found
 * nothing), 1 when a run failed (the next call restarts it), 3 when another intake was
 * running. {@code serve}: polls the inbox until stopped. No command: nothing (tests).
 */
@Component
class IntakeCommandLine implements ApplicationRunner, ExitCodeGenerator {

	private final IntakeRuns runs;

	private final InboxPoller poller;

	private final IntakeSettings settings;

	private final CountDownLatch closed = new CountDownLatch(1);

	private int exitCode;

	private final IngestBenchmark benchmark;

	private final Path dataDir;

	private final Path root;

	IntakeCommandLine(IntakeRuns runs, InboxPoller poller, IntakeSettings settings, IngestBenchmark benchmark,
			org.springframework.core.env.Environment environment) {
		this.runs = runs;
		this.poller = poller;
		this.settings = settings;
		this.benchmark = benchmark;
		this.dataDir = Path.of(environment.getProperty("watchtower.data-dir", "data"));
		this.root = Path.of(environment.getProperty("watchtower.root", "."));
	}

	@Override
	public void run(ApplicationArguments arguments) throws InterruptedException {
		List<String> words = arguments.getNonOptionArgs();
		if (words.isEmpty()) {
			return;
		}
		switch (words.get(0)) {
			case "ingest" -> ingest((words.size() > 1) ? Path.of(words.get(1)) : this.settings.inbox());
			case "bench-ingest" -> benchIngest(words);
			case "serve" -> {
				this.poller.start();
				this.closed.await();
			}
			default -> {
				err().println("usage: batch ingest [DIR] | serve");
				this.exitCode = 2;
			}
		}
	}

	private void benchIngest(List<String> words) {
		int filings = (words.size() > 1) ? Integer.parseInt(words.get(1)) : 1_000_000;
		int files = (words.size() > 2) ? Integer.parseInt(words.get(2)) : 1_000;
		try {
			IngestBenchmark.BenchResult result = this.benchmark.run(this.dataDir, this.root, filings, files);
			out().println(result.toJson());
			err().printf(java.util.Locale.ROOT,
					"bench ingest: intake %.1f s (CPU %.0f s), read.json -> Delta %.1f s (CPU %.0f s), ratio %.2f (goal >= 0.5), intake peak RSS %d MB%n",
					result.intakeSeconds(), result.intakeCpuSeconds(), result.baselineSeconds(),
					result.baselineCpuSeconds(), result.ratio(), result.intakePeakRss() >> 20);
		}
		catch (Exception ex) {
			err().println("bench ingest failed: " + ex);
			this.exitCode = 1;
		}
	}

	private void ingest(Path inbox) {
		err().println("ingest: loading " + inbox.toAbsolutePath() + " (progress in the log below)");
		IntakeReport report = this.runs.runOnce(inbox, Duration.ZERO);
		out().println(report.toJson());
		this.exitCode = switch (report.outcome()) {
			case COMPLETED, IDLE -> 0;
			case FAILED -> 1;
			case BUSY -> 3;
		};
	}

	@EventListener(ContextClosedEvent.class)
	void contextClosed() {
		this.closed.countDown();
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	@SuppressWarnings("java:S106") // the command line prints by design
	private static PrintStream out() {
		return System.out;
	}

	@SuppressWarnings("java:S106")
	private static PrintStream err() {
		return System.err;
	}

}
