package dev.watchtower.analytics.bench;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

import dev.watchtower.analytics.run.Arguments;

/**
 * The analytics benchmark (placeholder until the generator lands).
 */
public final class AnalyticsBenchmark {

	private AnalyticsBenchmark() {
	}

	public static int main(Arguments arguments, Map<String, String> environment, Clock clock, PrintStream out) {
		out.println("bench: not built yet");
		return 2;
	}

}
