package dev.watchtower.analytics.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line arguments: positional words, {@code --name value} options and
 * {@code --flag} switches.
 *
 * @param positional the words that are not options, in order
 * @param options option name (without dashes) to value
 * @param flags switches given
 */
public record Arguments(List<String> positional, Map<String, String> options, Set<String> flags) {

	/** Switches that take no value. */
	static final Set<String> FLAGS = Set.of("full", "help", "skip-es");

	public Arguments {
		positional = List.copyOf(positional);
		options = Map.copyOf(options);
		flags = Set.copyOf(flags);
	}

	/**
	 * Parses arguments.
	 * @param args the arguments
	 * @return the parsed arguments
	 * @throws IllegalArgumentException when an option lacks its value
	 */
	public static Arguments parse(String... args) {
		List<String> positional = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		java.util.Set<String> flags = new java.util.HashSet<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				positional.add(arg);
				continue;
			}
			String name = arg.substring(2);
			int equals = name.indexOf('=');
			if (equals > 0) {
				options.put(name.substring(0, equals), name.substring(equals + 1));
			}
			else if (FLAGS.contains(name)) {
				flags.add(name);
			}
			else if (i + 1 < args.length) {
				options.put(name, args[++i]);
			}
			else {
				throw new IllegalArgumentException("Option --" + name + " needs a value");
			}
		}
		return new Arguments(positional, options, flags);
	}

	public Optional<String> option(String name) {
		return Optional.ofNullable(this.options.get(name));
	}

	public boolean flag(String name) {
		return this.flags.contains(name);
	}

	/**
	 * An option that counts something: a whole number of at least 1.
	 * @param name the option, without its dashes
	 * @param absent the number when the option is not given
	 * @return the number
	 * @throws IllegalArgumentException when the value is not a whole number of at least 1
	 */
	public int count(String name, int absent) {
		String value = option(name).orElse(String.valueOf(absent));
		try {
			int count = Integer.parseInt(value);
			if (count >= 1) {
				return count;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("--" + name + " takes a whole number of at least 1, found '" + value + "'");
	}

}
