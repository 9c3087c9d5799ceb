package dev.watchtower.ingestion.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.watchtower.ingestion.intake.FilingIntake;
import dev.watchtower.ingestion.intake.IntakeSummary;
import dev.watchtower.ingestion.intake.RecordOutcome;
import dev.watchtower.ingestion.validation.Violation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code validate [--json] FILE|DIR...}: prints every violation and a summary.
 */
final class ValidateCommand {

	static final int MAX_JSON_ERRORS = 10_000;

	private final PrintStream out;

	ValidateCommand(PrintStream out) {
		this.out = out;
	}

	int run(CommandLine line) {
		line.allowOnly();
		if (line.positional().isEmpty()) {
			throw new CommandLine.UsageException("validate needs at least one FILE or DIR");
		}
		List<Path> sources = line.positional().stream().map(Path::of).toList();
		for (Path source : sources) {
			if (!Files.exists(source)) {
				throw new CommandLine.UsageException("no such file or folder: " + source);
			}
		}
		boolean json = line.flags().contains("--json");
		List<Violation> kept = new ArrayList<>();
		long[] omitted = { 0 };
		IntakeSummary summary = new FilingIntake().validate(sources, (outcome) -> {
			if (outcome instanceof RecordOutcome.Rejected rejected) {
				for (Violation violation : rejected.violations()) {
					if (!json) {
						this.out.println(text(violation));
					}
					else if (kept.size() < MAX_JSON_ERRORS) {
						kept.add(violation);
					}
					else {
						omitted[0]++;
					}
				}
			}
		});
		if (json) {
			this.out.println(json(summary, kept, omitted[0]));
		}
		else {
			this.out.printf("files=%d records=%d valid=%d rejected=%d%n", summary.files(), summary.records(),
					summary.valid(), summary.rejected());
			Map<String, Long> byRule = new TreeMap<>();
			summary.violationsByRule().forEach((rule, count) -> byRule.put(rule.id(), count));
			byRule.forEach((rule, count) -> this.out.printf("  %-32s %d%n", rule, count));
		}
		return summary.allValid() ? IngestionCli.OK : IngestionCli.REJECTED;
	}

	private static String text(Violation violation) {
		return "%s  %s  %s  %s  %s / %s".formatted(violation.location(),
				(violation.filingId() != null) ? violation.filingId() : "-",
				violation.path().isEmpty() ? "-" : violation.path(), violation.rule().id(), violation.messageEn(),
				violation.messageZh());
	}

	private static String json(IntakeSummary summary, List<Violation> violations, long omitted) {
		JsonMapper mapper = JsonMapper.builder().build();
		ObjectNode root = mapper.createObjectNode();
		root.put("files", summary.files());
		root.put("records", summary.records());
		root.put("valid", summary.valid());
		root.put("rejected", summary.rejected());
		ArrayNode errors = root.putArray("errors");
		for (Violation violation : violations) {
			ObjectNode error = errors.addObject();
			error.put("file", violation.location().source());
			error.put("locationKind", violation.location().kind().name());
			error.put("record", violation.location().index());
			error.put("filingId", violation.filingId());
			error.put("institutionCode", violation.institutionCode());
			error.put("path", violation.path());
			error.put("rule", violation.rule().id());
			error.put("messageZh", violation.messageZh());
			error.put("messageEn", violation.messageEn());
			error.put("value", violation.value());
		}
		root.put("errorsOmitted", omitted);
		return mapper.writeValueAsString(root);
	}

}
