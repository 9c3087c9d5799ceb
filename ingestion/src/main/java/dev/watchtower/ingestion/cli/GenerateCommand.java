package dev.watchtower.ingestion.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import dev.watchtower.ingestion.sample.SampleGenerator;
import dev.watchtower.ingestion.sample.SampleSettings;
import dev.watchtower.ingestion.sample.SampleSummary;

/**
 * {@code generate --institutions N --filings M [--seed S] [--malformed-share F] OUT_DIR}.
 */
final class GenerateCommand {

	private final PrintStream out;

	GenerateCommand(PrintStream out) {
		this.out = out;
	}

	int run(CommandLine line) {
		line.allowOnly("--institutions", "--filings", "--seed", "--malformed-share");
		if (line.positional().size() != 1) {
			throw new CommandLine.UsageException("generate needs exactly one OUT_DIR");
		}
		if (line.option("--institutions").isEmpty() || line.option("--filings").isEmpty()) {
			throw new CommandLine.UsageException("generate needs --institutions N and --filings M");
		}
		long institutions = line.number("--institutions", 0);
		long filings = line.number("--filings", 0);
		if (institutions < 1 || institutions > 1_000_000 || filings < 1 || filings > Integer.MAX_VALUE) {
			throw new CommandLine.UsageException("--institutions must be 1..1000000 and --filings at least 1");
		}
		SampleSettings settings = new SampleSettings((int) institutions, (int) filings,
				line.number("--seed", SampleSettings.DEFAULT_SEED),
				line.fraction("--malformed-share", SampleSettings.DEFAULT_MALFORMED_SHARE));
		Path folder = Path.of(line.positional().get(0));
		long started = System.nanoTime();
		SampleSummary summary;
		try {
			summary = new SampleGenerator().generate(settings, folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write sample filings to " + folder, ex);
		}
		this.out.printf(
				"generated %d filings (%d incident reports of %d incidents, %d annual reports) for %d institutions in %s (%d ms)%n",
				summary.filings(), summary.incidentReports(), summary.incidents(), summary.annualReports(),
				summary.institutions(), folder, (System.nanoTime() - started) / 1_000_000);
		this.out.printf("defective filings: %d; malformed files: %d%n", summary.defective(),
				summary.malformedFiles().size());
		return IngestionCli.OK;
	}

}
