package dev.watchtower.portal.schedule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A stand-in analytics job for the portal's tests, run as a real separate process: it
 * follows {@code docs/analytics-runs.md} exactly ({@code JOB --as-of D --output DIR
 * --param k=v}, {@code PROGRESS} lines on stderr, {@code ERROR} and a non-zero exit on
 * failure, CSV outputs with BOM and {@code run.json}) until the real analytics CLI is
 * wired in. Parameters: {@code delay-ms} between steps (default 100), {@code fail=true}
 * to fail after the first step, {@code rows} rows to write (default 3).
 */
public final class ContractAnalyticsJob {

	private ContractAnalyticsJob() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		String job = args[0];
		Map<String, String> options = new HashMap<>();
		Map<String, String> params = new HashMap<>();
		for (int i = 1; i + 1 < args.length; i += 2) {
			if ("--param".equals(args[i])) {
				String[] pair = args[i + 1].split("=", 2);
				params.put(pair[0], pair[1]);
			}
			else {
				options.put(args[i], args[i + 1]);
			}
		}
		long delay = Long.parseLong(params.getOrDefault("delay-ms", "100"));
		System.err.println("PROGRESS 0 start " + job + " as of " + options.get("--as-of"));
		System.err.println("a line that is not a progress line");
		Thread.sleep(delay);
		if (Boolean.parseBoolean(params.getOrDefault("fail", "false"))) {
			System.err.println("ERROR first error, not the reason");
			System.err.println("ERROR 读取 silver/incidents 失败：表不存在");
			System.exit(3);
		}
		for (int percent : new int[] { 25, 50, 75 }) {
			System.err.println("PROGRESS " + percent + " aggregate 汇总第 " + percent + "%");
			Thread.sleep(delay);
		}
		Path output = Path.of(options.get("--output"));
		Files.createDirectories(output);
		int rows = Integer.parseInt(params.getOrDefault("rows", "3"));
		StringBuilder csv = new StringBuilder("\uFEFFsector,province,level,incidents,note\r\n");
		for (int i = 0; i < rows; i++) {
			csv.append("银行业,北京,重大,").append(i + 1).append(",\"含逗号, 和 \"\"引号\"\"\"\r\n");
		}
		Files.writeString(output.resolve("posture.csv"), csv, StandardCharsets.UTF_8);
		Files.writeString(output.resolve("run.json"),
				"{\"job\": \"%s\", \"asOf\": \"%s\", \"tables\": {\"posture\": {\"rows\": %d, \"deltaVersion\": 7}}, \"sourceVersions\": {}, \"seconds\": 1}"
					.formatted(job, options.get("--as-of"), rows),
				StandardCharsets.UTF_8);
		System.err.println("PROGRESS 100 done 完成");
	}

}
