package dev.watchtower.portal.cases;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.watchtower.infra.ServicesSettings;
import dev.watchtower.infra.elasticsearch.ElasticsearchServer;
import dev.watchtower.infra.elasticsearch.ElasticsearchSettings;
import dev.watchtower.infra.elasticsearch.IndexTemplates;
import dev.watchtower.infra.process.ProcessRecords;
import dev.watchtower.portal.base.ElasticsearchClients;
import dev.watchtower.portal.base.ServingIndexes;
import dev.watchtower.portal.security.RegimeScope;
import dev.watchtower.portal.security.Role;
import dev.watchtower.portal.security.Viewer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./watchtower bench search}: the case search at scale. Builds (once, kept under
 * the bench's own Elasticsearch data folder) an index of N synthetic cases with the cases
 * template's mapping, then runs C concurrent clients that each issue full-text + 4-facet
 * searches through {@link CaseSearchService}, the service the UI and the API use (first
 * page of 20 with highlights and the counts of all ten facets), and reports latency
 * percentiles and throughput. Options: {@code --cases N} (1,000,000), {@code --clients C}
 * (16), {@code --seconds S} (60, after a warm-up of 15), {@code --heap-mb M} (2048),
 * {@code --data-dir DIR} ({@code data/bench-search}), {@code --es-url URL} (use a running
 * cluster instead).
 */
public final class SearchBenchmark {

	/**
	 * Prefix of the benchmark index; the name ends in the cases template's version, so a
	 * changed template gets an index of its own, built on first use.
	 */
	static final String INDEX_PREFIX = "bench-cases-template";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.INFO);
		Map<String, String> options = options(args);
		long cases = Long.parseLong(options.getOrDefault("cases", "1000000"));
		int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
		int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "15"));
		int heap = Integer.parseInt(options.getOrDefault("heap-mb", "2048"));
		JsonNode template = casesTemplate();
		String index = INDEX_PREFIX + template.path("version").asInt();
		Path root = Path.of(System.getProperty("watchtower.root", ".")).toAbsolutePath().normalize();
		Path dataDir = Path.of(options.getOrDefault("data-dir", root.resolve("data/bench-search").toString()));
		ElasticsearchServer server = null;
		URI url;
		if (options.containsKey("es-url")) {
			url = URI.create(options.get("es-url"));
		}
		else {
			Path javaHome = Path.of(System.getProperty("java.home"));
			server = ElasticsearchServer
				.launch(new ElasticsearchSettings(ServicesSettings.bundledElasticsearch(root),
						dataDir.resolve("elasticsearch"), 0, heap, javaHome),
						new ProcessRecords(dataDir.resolve("run")))
				.await();
			url = server.url();
		}
		try (RestClientTransport transport = ElasticsearchClients
			.transport(new dev.watchtower.portal.base.ElasticsearchSettings(url, null, null, Duration.ofSeconds(5),
					Duration.ofSeconds(60), Math.max(16, clients * 2)))) {
			ElasticsearchClient client = ElasticsearchClients.client(transport);
			double loadSeconds = ensureIndex(client, index, cases, template.get("template"));
			String loadBefore = loadAverage();
			Result result = run(client, index, clients, warmUp, seconds);
			write(root, index, cases, clients, seconds, heap, loadSeconds, result, loadBefore + " → " + loadAverage());
		}
		finally {
			if (server != null) {
				server.close();
			}
		}
	}

	/** Creates and loads the index unless it already holds the requested cases. */
	static double ensureIndex(ElasticsearchClient client, String index, long cases, JsonNode template)
			throws IOException {
		if (client.indices().exists((e) -> e.index(index)).value()
				&& client.count((c) -> c.index(index)).count() == cases) {
			say("Reusing index %s with %,d cases".formatted(index, cases));
			return 0;
		}
		say("Building index %s with %,d synthetic cases (once; kept in the bench data folder) ...".formatted(index,
				cases));
		long started = System.nanoTime();
		if (client.indices().exists((e) -> e.index(index)).value()) {
			client.indices().delete((d) -> d.index(index));
		}
		ObjectNode body = JSON.createObjectNode();
		ObjectNode settings = ((ObjectNode) template.get("settings")).deepCopy();
		settings.put("refresh_interval", "-1");
		body.set("settings", settings);
		ObjectNode mappings = ((ObjectNode) template.get("mappings")).deepCopy();
		body.set("mappings", mappings);
		client.indices().create((c) -> c.index(index).withJson(new StringReader(body.toString())));
		int batch = 2000;
		AtomicLong next = new AtomicLong();
		try (ExecutorService loaders = Executors.newFixedThreadPool(2)) {
			List<Future<?>> running = new ArrayList<>();
			for (int t = 0; t < 2; t++) {
				running.add(loaders.submit(() -> {
					long from;
					while ((from = next.getAndAdd(batch)) < cases) {
						long first = from;
						long last = Math.min(cases, from + batch);
						BulkResponse response = client.bulk((bulk) -> {
							bulk.index(index);
							for (long i = first; i < last; i++) {
								Map<String, Object> doc = BenchCases.document(i);
								bulk.operations(
										(op) -> op.index((x) -> x.id((String) doc.get("caseId")).document(doc)));
							}
							return bulk;
						});
						if (response.errors()) {
							throw new IllegalStateException("Bulk load failed: " + response.items()
								.stream()
								.filter((item) -> item.error() != null)
								.findFirst()
								.map((item) -> item.id() + " " + item.error().reason())
								.orElse("?"));
						}
						if (last % 100_000 == 0) {
							say("  %,d cases".formatted(last));
						}
					}
					return null;
				}));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		catch (Exception ex) {
			throw new IOException("Cannot load the benchmark index", ex);
		}
		client.indices().putSettings((p) -> p.index(index).settings((s) -> s.refreshInterval((r) -> r.time("1s"))));
		client.indices().refresh((r) -> r.index(index));
		client.indices().forcemerge((f) -> f.index(index).maxNumSegments(1L));
		double elapsed = (System.nanoTime() - started) / 1e9;
		say("Loaded and merged in %.0f s".formatted(elapsed));
		return elapsed;
	}

	/** The cases index template (version, settings, mappings). */
	static JsonNode casesTemplate() throws IOException {
		return JSON.readTree(IndexTemplates.load()
			.stream()
			.filter((t) -> t.name().equals("watchtower-cases"))
			.findFirst()
			.orElseThrow()
			.json());
	}

	static Result run(ElasticsearchClient client, String index, int clients, int warmUp, int seconds) throws Exception {
		CaseSearchService service = new CaseSearchService(client,
				new ServingIndexes(index, "bench-bulletins", "bench-posture", "bench-institutions"),
				Clock.system(ZoneId.of("Asia/Shanghai")), (event) -> {
				});
		say("Warming up for %d s with %d clients ...".formatted(warmUp, clients));
		drive(service, clients, Duration.ofSeconds(warmUp), 1);
		say("Measuring for %d s with %d clients ...".formatted(seconds, clients));
		return drive(service, clients, Duration.ofSeconds(seconds), 2);
	}

	private static Result drive(CaseSearchService service, int clients, Duration duration, long seed) throws Exception {
		long end = System.nanoTime() + duration.toNanos();
		List<long[]> perClient = new ArrayList<>();
		AtomicLong hits = new AtomicLong();
		AtomicLong took = new AtomicLong();
		long started = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
			List<Future<long[]>> futures = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				SplittableRandom random = new SplittableRandom(seed * 1000 + c);
				futures.add(pool.submit(() -> {
					long[] latencies = new long[1 << 16];
					int n = 0;
					while (System.nanoTime() < end) {
						CaseQuery query = query(random);
						Viewer viewer = viewer(random);
						long t0 = System.nanoTime();
						CaseSearchResult result = service.search(query, viewer, 20);
						long elapsed = System.nanoTime() - t0;
						if (n == latencies.length) {
							latencies = Arrays.copyOf(latencies, n * 2);
						}
						latencies[n++] = elapsed;
						hits.addAndGet(result.total());
						took.addAndGet(result.tookMillis());
					}
					return Arrays.copyOf(latencies, n);
				}));
			}
			for (Future<long[]> future : futures) {
				perClient.add(future.get());
			}
		}
		double wall = (System.nanoTime() - started) / 1e9;
		long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		return new Result(all.length, wall, percentile(all, 50), percentile(all, 95), percentile(all, 99),
				all.length == 0 ? 0 : all[all.length - 1] / 1e6, all.length == 0 ? 0 : hits.get() / (double) all.length,
				all.length == 0 ? 0 : took.get() / (double) all.length);
	}

	/**
	 * Full text (a Chinese phrase, plus an English word half the time) and 4 facet
	 * selections.
	 */
	static CaseQuery query(SplittableRandom random) {
		String text = BenchCases.PHRASES[random.nextInt(BenchCases.PHRASES.length)];
		if (random.nextBoolean()) {
			text = text + " " + BenchCases.ENGLISH[random.nextInt(BenchCases.ENGLISH.length)];
		}
		CaseQuery query = CaseQuery.text(text)
			.with(CaseFacet.SECTOR, Set.of(BenchCases.SECTORS[random.nextInt(BenchCases.SECTORS.length)]))
			.with(CaseFacet.YEAR, Set.of(String.valueOf(2023 + random.nextInt(4))))
			.with(CaseFacet.LEVEL, List.of("GENERAL", "LARGE", "MAJOR").subList(0, 1 + random.nextInt(3)))
			.with(CaseFacet.PROVINCE, List.of(BenchCases.PROVINCES[random.nextInt(BenchCases.PROVINCES.length)],
					BenchCases.PROVINCES[random.nextInt(BenchCases.PROVINCES.length)]));
		return (random.nextInt(4) == 0) ? query.withSort(CaseSort.NEWEST) : query;
	}

	/**
	 * Three in four searches by an all-regime inspector, one in four by a PBoC-only
	 * regulator.
	 */
	static Viewer viewer(SplittableRandom random) {
		return (random.nextInt(4) == 0)
				? new Viewer("bench-pboc", Set.of(Role.REGULATOR),
						RegimeScope.of(dev.watchtower.ingestion.filing.Regime.PBOC), null)
				: new Viewer("bench", Set.of(Role.INSPECTOR), RegimeScope.everything(), null);
	}

	private static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	/**
	 * The machine's load average (1, 5, 15 minutes): other work on the machine skews the
	 * figures.
	 */
	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return String.join(" ", parts[0], parts[1], parts[2]);
		}
		catch (IOException ex) {
			return "unknown (" + ex.getMessage() + ")";
		}
	}

	private static void write(Path root, String index, long cases, int clients, int seconds, int heap,
			double loadSeconds, Result result, String loadAverage) throws IOException {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("benchmark", "search");
		json.put("at", Instant.now().toString());
		json.put("index", index);
		json.put("cases", cases);
		json.put("clients", clients);
		json.put("seconds", seconds);
		json.put("esHeapMb", heap);
		json.put("cores", Runtime.getRuntime().availableProcessors());
		json.put("indexBuildSeconds", loadSeconds);
		json.put("loadAverageBeforeAfter", loadAverage);
		json.put("query", "full text (Chinese phrase, half the time + English word) + 4 facet selections "
				+ "(sector, year, level, province); page of 20 with highlights; counts of all 10 facets");
		json.put("searches", result.count());
		json.put("throughputPerSecond", result.count() / result.wallSeconds());
		json.put("p50Ms", result.p50());
		json.put("p95Ms", result.p95());
		json.put("p99Ms", result.p99());
		json.put("maxMs", result.max());
		json.put("meanMatches", result.meanHits());
		json.put("meanEsTookMs", result.meanTook());
		Path folder = Files.createDirectories(root.resolve("portal/target/bench"));
		String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
		String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
			.withZone(ZoneId.of("Asia/Shanghai"))
			.format(Instant.now());
		Files.writeString(folder.resolve("bench-search-" + stamp + ".json"), text);
		Files.writeString(folder.resolve("bench-search-latest.json"), text);
		say(text);
		say("Written to " + folder.resolve("bench-search-latest.json"));
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("Usage: bench search [--cases N] [--clients C] [--seconds S] "
						+ "[--warm-up S] [--heap-mb M] [--data-dir DIR] [--es-url URL]; got " + args[i]);
			}
			options.put(args[i].substring(2), args[++i]);
		}
		return options;
	}

	@SuppressWarnings("java:S106")
	private static void say(String line) {
		System.out.println(line);
	}

	record Result(long count, double wallSeconds, double p50, double p95, double p99, double max, double meanHits,
			double meanTook) {
	}

}
