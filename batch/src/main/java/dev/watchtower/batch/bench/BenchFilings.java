package dev.watchtower.batch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.watchtower.ingestion.sample.SampleGenerator;
import dev.watchtower.ingestion.sample.SampleSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's input: seeded sample filings (incident and annual reports) as NDJSON,
 * spread round-robin over a number of files, generated once into a reusable folder.
 */
final class BenchFilings {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private BenchFilings() {
	}

	/**
	 * Generates the files unless the folder already holds them.
	 * @param folder the reusable folder
	 * @param filings how many filings to generate
	 * @param files how many NDJSON files
	 * @param seed the seed
	 * @return the NDJSON files
	 * @throws IOException when the folder cannot be written
	 */
	static List<Path> ensure(Path folder, int filings, int files, long seed) throws IOException {
		Path done = folder.resolve(".complete");
		if (!Files.exists(done)) {
			Path raw = folder.resolve(".generated");
			new SampleGenerator().generate(new SampleSettings(Math.max(10, filings / 300), filings, seed, 0), raw);
			List<BufferedWriter> writers = new ArrayList<>();
			for (int i = 0; i < files; i++) {
				writers.add(Files.newBufferedWriter(folder.resolve("filings-%04d.ndjson".formatted(i)),
						StandardCharsets.UTF_8));
			}
			long[] written = { 0 };
			try (Stream<String> lines = Files.lines(raw.resolve("incident-reports.ndjson"))) {
				lines.forEach((line) -> write(writers, written, line));
			}
			for (JsonNode annual : MAPPER.readTree(raw.resolve("annual-reports.json").toFile())) {
				write(writers, written, annual.toString());
			}
			for (BufferedWriter writer : writers) {
				writer.close();
			}
			try (Stream<Path> walk = Files.walk(raw)) {
				for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
			Files.writeString(done, written[0] + "\n");
		}
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter((path) -> path.getFileName().toString().endsWith(".ndjson")).sorted().toList();
		}
	}

	static long count(Path folder) throws IOException {
		return Long.parseLong(Files.readString(folder.resolve(".complete")).trim());
	}

	private static void write(List<BufferedWriter> writers, long[] written, String line) {
		try {
			BufferedWriter writer = writers.get((int) (written[0]++ % writers.size()));
			writer.write(line);
			writer.write('\n');
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
