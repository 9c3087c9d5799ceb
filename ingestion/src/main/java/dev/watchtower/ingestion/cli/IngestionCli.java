package dev.watchtower.ingestion.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of the ingestion library, run by {@code ./watchtower}:
 * <ul>
 * <li>{@code validate [--json] FILE|DIR...}: exit 0 when all records are valid, 1 when
 * some are rejected, 2 on usage errors;</li>
 * <li>{@code generate --institutions N --filings M [--seed S] [--malformed-share F] OUT_DIR};</li>
 * <li>{@code bench validate [--size-mb N] [--work-dir DIR] [--results-dir DIR]}.</li>
 * </ul>
 * This is the one class that prints; it writes to the streams it is given.
 */
public final class IngestionCli {

	/** Exit code: everything valid, or the command succeeded. */
	public static final int OK = 0;

	/** Exit code: some records were rejected. */
	public static final int REJECTED = 1;

	/** Exit code: a generate or bench command could not read or write its files. */
	public static final int FAILED = 1;

	/** Exit code: the command line was wrong. */
	public static final int USAGE = 2;

	static final String USAGE_TEXT = """
			usage:
			  validate [--json] FILE|DIR...
			  generate --institutions N --filings M [--seed S] [--malformed-share F] OUT_DIR
			  bench validate [--size-mb N] [--work-dir DIR] [--results-dir DIR]
			""";

	private final PrintStream out;

	private final PrintStream err;

	private final Clock clock;

	public IngestionCli(PrintStream out, PrintStream err, Clock clock) {
		this.out = out;
		this.err = err;
		this.clock = clock;
	}

	public static void main(String[] args) {
		System.exit(new IngestionCli(System.out, System.err, Clock.systemDefaultZone()).run(args));
	}

	/**
	 * Runs one command.
	 * @param args the arguments after {@code ./watchtower}
	 * @return the exit code
	 */
	public int run(String... args) {
		if (args.length == 0) {
			this.err.print(USAGE_TEXT);
			return USAGE;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		try {
			return switch (args[0]) {
				case "validate" -> new ValidateCommand(this.out).run(CommandLine.parse(rest, List.of("--json")));
				case "generate" -> new GenerateCommand(this.out).run(CommandLine.parse(rest, List.of()));
				case "bench" -> bench(rest);
				case "help", "--help", "-h" -> {
					this.out.print(USAGE_TEXT);
					yield OK;
				}
				default -> usage("unknown command: " + args[0]);
			};
		}
		catch (CommandLine.UsageException ex) {
			return usage(ex.getMessage());
		}
		catch (java.io.UncheckedIOException ex) {
			this.err.println("error: " + ex.getMessage() + ": " + ex.getCause().getMessage());
			return FAILED;
		}
	}

	private int bench(List<String> rest) {
		if (rest.isEmpty() || !rest.get(0).equals("validate")) {
			return usage("only 'bench validate' exists");
		}
		CommandLine line = CommandLine.parse(rest.subList(1, rest.size()), List.of());
		return new BenchCommand(this.out, this.clock, Path.of("")).run(line);
	}

	private int usage(String problem) {
		this.err.println("error: " + problem);
		this.err.print(USAGE_TEXT);
		return USAGE;
	}

}
