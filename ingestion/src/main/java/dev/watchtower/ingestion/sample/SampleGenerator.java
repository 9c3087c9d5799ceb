package dev.watchtower.ingestion.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.institution.Institution;
import dev.watchtower.ingestion.institution.Province;
import dev.watchtower.ingestion.institution.Provinces;
import dev.watchtower.ingestion.intake.FilingKind;
import dev.watchtower.ingestion.intake.FlatFilings;
import dev.watchtower.ingestion.validation.Rule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes deterministic sample filings into a folder: incident reports as NDJSON (most),
 * CSV and XLSX (a few), annual reports as a JSON array, the institution register as TSV,
 * and, when a malformed share is set, defective filings among them plus a
 * {@code malformed/} folder.
 */
public final class SampleGenerator {

	/** Incident reports also written as CSV, at most. */
	static final int MAX_CSV_ROWS = 500;

	/** Incident reports also written as XLSX, at most. */
	static final int MAX_XLSX_ROWS = 300;

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final KevCatalogue kev = KevCatalogue.bundled();

	/**
	 * Generates the files.
	 * @param settings what to generate
	 * @param folder where to write (created if needed)
	 * @return what was written
	 * @throws IOException when writing fails
	 */
	public SampleSummary generate(SampleSettings settings, Path folder) throws IOException {
		Files.createDirectories(folder);
		SplittableRandom random = new SplittableRandom(settings.seed());
		List<Institution> institutions = SampleInstitutions.make(settings.institutions(), random.split());
		int annualBudget = Math.min(settings.filings() / 10, institutions.size() * 2);
		List<ObjectNode> annual = annualReports(institutions, annualBudget, random.split());
		int incidentBudget = settings.filings() - annual.size();
		Map<Rule, Integer> defects = new EnumMap<>(Rule.class);
		SplittableRandom defectRandom = random.split();
		int defective = 0;
		int incidents = 0;
		int reports = 0;
		List<ObjectNode> csvRows = new ArrayList<>();
		List<ObjectNode> xlsxRows = new ArrayList<>();
		IncidentChains chains = new IncidentChains(this.kev, random.split(),
				Provinces.gbt2260()
					.all()
					.stream()
					.filter(Province::mainland)
					.map(Province::code)
					.toArray(String[]::new));
		SplittableRandom routing = random.split();
		try (Writer ndjson = new BufferedWriter(
				Files.newBufferedWriter(folder.resolve("incident-reports.ndjson"), StandardCharsets.UTF_8), 1 << 16)) {
			while (reports < incidentBudget) {
				Institution institution = institutions.get(routing.nextInt(institutions.size()));
				List<ObjectNode> chain = chains.chain(institution, incidents++, incidentBudget - reports);
				int route = routing.nextInt(100);
				for (ObjectNode report : chain) {
					if (defectRandom.nextDouble() < settings.malformedShare()) {
						defects.merge(Defects.breakOne(report, defectRandom), 1, Integer::sum);
						defective++;
					}
					if (route < 4 && csvRows.size() < MAX_CSV_ROWS) {
						csvRows.add(report);
					}
					else if (route < 7 && xlsxRows.size() < MAX_XLSX_ROWS) {
						xlsxRows.add(report);
					}
					else {
						ndjson.write(this.mapper.writeValueAsString(report));
						ndjson.write('\n');
					}
					reports++;
				}
			}
		}
		for (ObjectNode report : annual) {
			if (defectRandom.nextDouble() < settings.malformedShare()) {
				defects.merge(Defects.breakOne(report, defectRandom), 1, Integer::sum);
				defective++;
			}
		}
		writeFlat(folder, csvRows, xlsxRows);
		Files.writeString(folder.resolve("annual-reports.json"),
				this.mapper.writerWithDefaultPrettyPrinter().writeValueAsString(annual));
		writeRegister(folder.resolve("institutions.tsv"), institutions);
		Map<String, Rule> malformed = (settings.malformedShare() > 0) ? MalformedFiles
			.write(folder.resolve("malformed"), sampleFiling(institutions.get(0), chains), random.split()) : Map.of();
		SampleSummary summary = new SampleSummary(institutions.size(), incidents, reports, annual.size(), defective,
				malformed, defects);
		writeReadme(folder.resolve("README.txt"), settings, summary);
		return summary;
	}

	/**
	 * Writes valid incident reports as NDJSON until the file reaches a size (for
	 * benchmarks).
	 * @param file the file to write
	 * @param targetBytes the least size
	 * @param seed random seed
	 * @return the number of filings written
	 * @throws IOException when writing fails
	 */
	public long writeNdjson(Path file, long targetBytes, long seed) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		List<Institution> institutions = SampleInstitutions.make(500, random.split());
		IncidentChains chains = new IncidentChains(this.kev, random.split(),
				Provinces.gbt2260()
					.all()
					.stream()
					.filter(Province::mainland)
					.map(Province::code)
					.toArray(String[]::new));
		long written = 0;
		long filings = 0;
		int incidents = 0;
		try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			while (written < targetBytes) {
				Institution institution = institutions.get(random.nextInt(institutions.size()));
				for (ObjectNode report : chains.chain(institution, incidents++, Integer.MAX_VALUE)) {
					byte[] line = this.mapper.writeValueAsBytes(report);
					out.write(line);
					out.write('\n');
					written += line.length + 1;
					filings++;
				}
			}
		}
		return filings;
	}

	private ObjectNode sampleFiling(Institution institution, IncidentChains chains) {
		return chains.chain(institution, 0, 1).get(0);
	}

	private static List<ObjectNode> annualReports(List<Institution> institutions, int budget, SplittableRandom random) {
		List<ObjectNode> annual = new ArrayList<>();
		for (Institution institution : institutions) {
			for (Regime regime : SampleInstitutions.regimes(institution.sector(), random)) {
				if (annual.size() < budget) {
					annual.add(AnnualReports.report(institution, regime, random));
				}
			}
		}
		return annual;
	}

	private static void writeFlat(Path folder, List<ObjectNode> csvRows, List<ObjectNode> xlsxRows) throws IOException {
		if (!csvRows.isEmpty()) {
			try (Writer out = Files.newBufferedWriter(folder.resolve("incident-reports.csv"), StandardCharsets.UTF_8)) {
				FlatFilings.csv(FilingKind.INCIDENT_REPORT, csvRows, out);
			}
		}
		if (!xlsxRows.isEmpty()) {
			try (OutputStream out = Files.newOutputStream(folder.resolve("incident-reports.xlsx"))) {
				FlatFilings.xlsx(FilingKind.INCIDENT_REPORT, xlsxRows, out);
			}
		}
	}

	private static void writeRegister(Path file, List<Institution> institutions) throws IOException {
		StringBuilder text = new StringBuilder("code\tname\tsector\tprovince\n");
		for (Institution institution : institutions) {
			text.append(institution.code().value())
				.append('\t')
				.append(institution.name())
				.append('\t')
				.append(institution.sector())
				.append('\t')
				.append(institution.province().code())
				.append('\n');
		}
		Files.writeString(file, text);
	}

	private static void writeReadme(Path file, SampleSettings settings, SampleSummary summary) throws IOException {
		Map<String, Object> lines = new LinkedHashMap<>();
		lines.put("generator", "dev.watchtower.ingestion.sample.SampleGenerator");
		lines.put("seed", settings.seed());
		lines.put("malformedShare", settings.malformedShare());
		lines.put("institutions", summary.institutions());
		lines.put("incidents", summary.incidents());
		lines.put("incidentReports", summary.incidentReports());
		lines.put("annualReports", summary.annualReports());
		lines.put("defectiveFilings", summary.defective());
		lines.put("defectsByRule", summary.defectsByRule());
		lines.put("malformedFiles", summary.malformedFiles());
		StringBuilder text = new StringBuilder(
				"Sample filings for Watchtower (synthetic; CVE ids and vendors from the CISA KEV catalogue, CC0).\n");
		lines.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
		Files.writeString(file, text);
	}

}
