package dev.watchtower.analytics.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

/**
 * The files a run leaves for another process ({@code --output DIR},
 * {@code docs/analytics-runs.md}): each lake table the run wrote as {@code DIR/
 *
<table>
 * .csv} (UTF-8 with a byte-order mark, a header row, RFC 4180 quoting; nested columns as
 * JSON), read at exactly the version the run committed, and {@code DIR/run.json} with the
 * job, the day, the tables with their rows and versions, the source versions and the
 * seconds taken. Each file is written beside its place and renamed into it, so a reader
 * never sees half a file.
 */
public final class RunOutputs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RunOutputs() {
	}

	/**
	 * Writes the outputs of a run.
	 * @param spark the session
	 * @param lake the lake the run wrote
	 * @param output the folder (created when missing)
	 * @param job the job name as given on the command line
	 * @param asOf the day the run was as of
	 * @param results what each job of the run wrote, in order
	 * @param sourceVersions the versions of the tables the run started from
	 * @param seconds how long the run took
	 * @return the tables written, by name, with their row counts
	 */
	public static Map<String, Long> write(SparkSession spark, Lake lake, Path output, String job, LocalDate asOf,
			List<JobResult> results, Map<String, Long> sourceVersions, double seconds) {
		Map<String, Map<String, Long>> tables = new LinkedHashMap<>();
		Map<String, Long> rows = new LinkedHashMap<>();
		try {
			Files.createDirectories(output);
			for (JobResult result : results) {
				for (Map.Entry<String, Long> written : new TreeMap<>(result.tableVersions()).entrySet()) {
					Optional<LakeTable> table = published(written.getKey());
					if (table.isEmpty() || written.getValue() < 0) {
						continue;
					}
					String name = name(table.get());
					Dataset<Row> data = spark.read()
						.format("delta")
						.option("versionAsOf", written.getValue())
						.load(lake.location(table.get()));
					long count = writeCsv(data, output.resolve(name + ".csv"));
					tables.put(name, Map.of("rows", count, "deltaVersion", written.getValue()));
					rows.put(name, count);
				}
			}
			Map<String, Object> run = new LinkedHashMap<>();
			run.put("job", job);
			run.put("asOf", asOf.toString());
			run.put("tables", tables);
			run.put("sourceVersions", new TreeMap<>(sourceVersions));
			run.put("counts", counts(results));
			run.put("seconds", Math.round(seconds * 10) / 10.0);
			Path part = output.resolve(".run.json.part");
			Files.writeString(part, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(run),
					StandardCharsets.UTF_8);
			Files.move(part, output.resolve("run.json"), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the run's outputs into " + output, ex);
		}
	}

	/** The lake tables a run publishes: gold and silver, not the jobs' own state. */
	static Optional<LakeTable> published(String path) {
		return Arrays.stream(LakeTable.values())
			.filter((table) -> table.path().equals(path))
			.filter((table) -> !name(table).startsWith("_"))
			.findFirst();
	}

	private static String name(LakeTable table) {
		String path = table.path();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static Map<String, Map<String, Long>> counts(List<JobResult> results) {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		for (JobResult result : results) {
			if (!result.counts().isEmpty()) {
				counts.put(result.job(), new TreeMap<>(result.counts()));
			}
		}
		return counts;
	}

	private static long writeCsv(Dataset<Row> data, Path target) throws IOException {
		StructField[] fields = data.schema().fields();
		List<Column> columns = new ArrayList<>();
		for (StructField field : fields) {
			columns.add(nested(field.dataType()) ? to_json(col(field.name())).as(field.name())
					: col(field.name()).cast("string").as(field.name()));
		}
		Path part = target.resolveSibling("." + target.getFileName() + ".part");
		long count = 0;
		try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
			out.write('\uFEFF');
			List<String> header = new ArrayList<>();
			for (StructField field : fields) {
				header.add(field.name());
			}
			line(out, header);
			Iterator<Row> rows = data.select(columns.toArray(Column[]::new)).toLocalIterator();
			List<@Nullable String> values = new ArrayList<>(fields.length);
			while (rows.hasNext()) {
				Row row = rows.next();
				values.clear();
				for (int i = 0; i < fields.length; i++) {
					values.add(row.isNullAt(i) ? null : row.getString(i));
				}
				line(out, values);
				count++;
			}
		}
		Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		return count;
	}

	private static boolean nested(DataType type) {
		return type instanceof StructType || type instanceof ArrayType || type instanceof MapType;
	}

	private static void line(BufferedWriter out, List<? extends @Nullable String> values) throws IOException {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(csv(values.get(i)));
		}
		out.write("\r\n");
	}

	/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
	static String csv(@Nullable String value) {
		if (value == null) {
			return "";
		}
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
