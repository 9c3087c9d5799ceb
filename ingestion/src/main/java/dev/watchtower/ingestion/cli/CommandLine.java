package dev.watchtower.ingestion.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed options and positional arguments of one command.
 *
 * @param options options with a value ({@code --seed 7})
 * @param flags options without a value ({@code --json})
 * @param positional the other arguments, in order
 */
record CommandLine(Map<String, String> options, Set<String> flags, List<String> positional) {

	CommandLine {
		options = Map.copyOf(options);
		flags = Set.copyOf(flags);
		positional = List.copyOf(positional);
	}

	static CommandLine parse(List<String> args, List<String> knownFlags) {
		Map<String, String> options = new HashMap<>();
		Set<String> flags = new HashSet<>();
		List<String> positional = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (knownFlags.contains(arg)) {
				flags.add(arg);
			}
			else if (arg.startsWith("--")) {
				if (i + 1 >= args.size()) {
					throw new UsageException("option " + arg + " needs a value");
				}
				options.put(arg, args.get(++i));
			}
			else {
				positional.add(arg);
			}
		}
		return new CommandLine(options, flags, positional);
	}

	Optional<String> option(String name) {
		return Optional.ofNullable(this.options.get(name));
	}

	long number(String name, long fallback) {
		String value = this.options.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new UsageException("option " + name + " needs a whole number, got '" + value + "'");
		}
	}

	double fraction(String name, double fallback) {
		String value = this.options.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			double fraction = Double.parseDouble(value);
			if (fraction < 0 || fraction > 1) {
				throw new UsageException("option " + name + " needs a value between 0 and 1, got '" + value + "'");
			}
			return fraction;
		}
		catch (NumberFormatException ex) {
			throw new UsageException("option " + name + " needs a number between 0 and 1, got '" + value + "'");
		}
	}

	void allowOnly(String... names) {
		for (String option : this.options.keySet()) {
			if (!List.of(names).contains(option)) {
				throw new UsageException("unknown option " + option);
			}
		}
	}

	/**
	 * A command line that cannot be run.
	 */
	static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
