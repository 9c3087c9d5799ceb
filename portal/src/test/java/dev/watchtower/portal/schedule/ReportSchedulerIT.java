package dev.watchtower.portal.schedule;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.watchtower.portal.PortalTestContext;
import dev.watchtower.portal.audit.AuditLog;
import dev.watchtower.portal.audit.AuditQuery;
import dev.watchtower.portal.base.AuditOutcome;
import dev.watchtower.portal.security.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report schedules against real PostgreSQL: two schedulers on one database never start
 * the same run twice; runs are real separate processes ({@link ContractAnalyticsJob},
 * which follows {@code docs/analytics-runs.md}) whose progress, failure reason and CSV
 * outputs (downloaded as CSV, XLSX and PDF) are kept; changes are ANALYST-only and
 * audited.
 */
class ReportSchedulerIT extends PortalTestContext {

	@Autowired
	private ReportSchedules schedules;

	@Autowired
	private ReportOutputs outputs;

	@Autowired
	private ScheduleRepository repository;

	@Autowired
	private ScheduleSettings settings;

	@Autowired
	private AnalyticsProcessRunner runner;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private AuditLog audit;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void two_schedulers_on_one_database_never_start_the_same_run_twice() throws Exception {
		signIn("analyst-a-" + SUFFIX, Role.ANALYST);
		Schedule schedule = done(this.schedules.create(definition("每秒", "* * * * * *", Map.of())));
		this.jdbc.sql("update report_schedules set next_fire_at = now() - interval '2 seconds' where id = ?")
			.param(schedule.id())
			.update();
		// A backlog of queued runs too, so both instances claim at the same time.
		Instant now = this.clock.instant();
		for (int i = 0; i < 30; i++) {
			this.repository.queue(UUID.randomUUID(), schedule.id(), now.minusSeconds(3600 + i), true, "backlog", now);
		}
		Set<UUID> launchedByA = ConcurrentHashMap.newKeySet();
		Set<UUID> launchedByB = ConcurrentHashMap.newKeySet();
		List<UUID> allLaunches = java.util.Collections.synchronizedList(new ArrayList<>());
		ReportScheduler a = scheduler("instance-a", (run) -> {
			launchedByA.add(run);
			allLaunches.add(run);
		});
		ReportScheduler b = scheduler("instance-b", (run) -> {
			launchedByB.add(run);
			allLaunches.add(run);
		});
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> queued = new ArrayList<>();
			for (ReportScheduler scheduler : List.of(a, b)) {
				queued.add(pool.submit(() -> {
					start.await();
					int count = 0;
					for (int i = 0; i < 12; i++) {
						count += scheduler.queueDue();
						scheduler.dispatch();
						Thread.sleep(250);
					}
					return count;
				}));
			}
			start.countDown();
			int queuedByBoth = queued.get(0).get() + queued.get(1).get();
			List<UUID> runs = runIds(schedule.id());
			awaitUntil(() -> allLaunches.size() >= runs.size());

			assertThat(runs).hasSize(queuedByBoth + 30).hasSizeGreaterThanOrEqualTo(32);
			assertThat(allLaunches).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(runs);
			Set<UUID> both = copy(launchedByA);
			both.retainAll(launchedByB);
			assertThat(both).as("runs started by both instances").isEmpty();
			assertThat(launchedByA.size() + launchedByB.size()).isEqualTo(runs.size());
			assertThat(this.jdbc.sql("select count(distinct fire_time) from report_runs where schedule_id = ?")
				.param(schedule.id())
				.query(Integer.class)
				.single()).isEqualTo(runs.size());
		}
		finally {
			pool.shutdownNow();
			a.destroy();
			b.destroy();
			this.schedules.pause(schedule.id());
		}
	}

	@Test
	void run_now_starts_the_job_as_a_process_and_keeps_progress_and_outputs() throws Exception {
		signIn("analyst-" + SUFFIX, Role.ANALYST);
		Schedule schedule = done(this.schedules.create(
				definition("行业态势日报", "0 0 7 * * MON-FRI", Map.of("delay-ms", "50", "rows", "4", "region", "north"))));

		done(this.schedules.runNow(schedule.id()));

		ReportRun run = awaitFinished(schedule.id());
		assertThat(run.state()).isEqualTo(RunState.SUCCEEDED);
		assertThat(run.progress()).isEqualTo(100);
		assertThat(run.step()).isEqualTo("done");
		assertThat(run.manual()).isTrue();
		assertThat(this.outputs.tables(run.id())).containsExactly("posture");
		Path folder = this.settings.reports().resolve(run.id().toString());
		assertThat(Files.readString(folder.resolve("stderr.log"))).contains("PROGRESS 50", "not a progress line");
		assertThat(Files.readString(folder.resolve("run.json"))).contains("\"posture\"");
		byte[] csv = download(run.id(), ReportOutputs.Format.CSV);
		assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFsector,").contains("银行业");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download(run.id(), ReportOutputs.Format.XLSX)))) {
			assertThat(workbook.getSheet("posture").getLastRowNum()).isEqualTo(4);
			assertThat(workbook.getSheet("posture").getRow(1).getCell(4).getStringCellValue())
				.isEqualTo("含逗号, 和 \"引号\"");
			assertThat(workbook.getSheet("posture").getRow(4).getCell(3).getNumericCellValue()).isEqualTo(4.0);
		}
		try (var pdf = Loader.loadPDF(download(run.id(), ReportOutputs.Format.PDF))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("银行业", "北京", "sector");
		}
		assertThat(
				this.audit.count(new AuditQuery(null, "export", "report-run", run.id().toString(), null, null, null)))
			.isEqualTo(3);
		assertThat(this.audit.count(new AuditQuery(null, "schedule.run", "report-run", run.id().toString(),
				AuditOutcome.SUCCESS, null, null)))
			.isOne();
		assertThat(this.audit.count(new AuditQuery(null, "schedule.", "schedule", schedule.id().toString(),
				AuditOutcome.SUCCESS, null, null)))
			.isEqualTo(2);
	}

	@Test
	void a_failing_job_fails_its_run_with_the_last_error_line() throws Exception {
		signIn("analyst-" + SUFFIX, Role.ANALYST);
		Schedule schedule = done(this.schedules.create(definition("会失败的计划", "0 0 7 * * *", Map.of("fail", "true"))));

		done(this.schedules.runNow(schedule.id()));

		ReportRun run = awaitFinished(schedule.id());
		assertThat(run.state()).isEqualTo(RunState.FAILED);
		assertThat(run.reason()).isEqualTo("读取 silver/incidents 失败：表不存在");
		assertThat(this.outputs.tables(run.id())).isEmpty();
	}

	@Test
	void a_command_that_cannot_start_fails_its_run_with_the_reason() {
		signIn("analyst-" + SUFFIX, Role.ANALYST);
		Schedule schedule = done(this.schedules.create(definition("无此命令", "0 0 7 * * *", Map.of())));
		UUID runId = UUID.randomUUID();
		this.repository.queue(runId, schedule.id(), this.clock.instant(), true, "analyst", this.clock.instant());
		this.jdbc.sql("update report_runs set state = 'RUNNING', claimed_by = 'test' where id = ?")
			.param(runId)
			.update();
		AnalyticsProcessRunner broken = new AnalyticsProcessRunner(this.repository,
				new ScheduleSettings(List.of("/nonexistent/analytics"), Path.of("."), null, this.settings.reports(),
						false, 1, Duration.ofMinutes(1), Duration.ofMinutes(10)),
				(event) -> {
				}, this.clock);

		broken.launch(runId);

		ReportRun run = this.repository.findRun(runId).orElseThrow();
		assertThat(run.state()).isEqualTo(RunState.FAILED);
		assertThat(run.reason()).contains("Cannot start /nonexistent/analytics");
	}

	@Test
	void the_command_line_follows_the_contract() {
		ScheduleDefinition definition = definition("x", "0 0 7 * * *",
				Map.of("as-of", "2026-11-20", "region", "north"));
		ReportRun run = new ReportRun(UUID.randomUUID(), UUID.randomUUID(), Instant.parse("2026-11-24T23:00:00Z"),
				false, "system", RunState.RUNNING, 0, null, null, null, Instant.now(), null, null, null);

		List<String> command = this.runner.command(definition, run, Path.of("/reports/r1"));

		assertThat(command.subList(this.settings.command().size(), command.size())).containsExactly("posture",
				"--as-of", "2026-11-20", "--output", "/reports/r1", "--param", "region=north");
	}

	@Test
	void only_analysts_change_schedules_and_refusals_are_audited() {
		signIn("inspector-" + SUFFIX, Role.INSPECTOR);

		ScheduleOutcome outcome = this.schedules.create(definition("不允许", "0 0 7 * * *", Map.of()));

		assertThat(outcome).isEqualTo(new ScheduleOutcome.Refused("schedule.refused.role"));
		assertThat(this.audit.count(new AuditQuery("inspector-" + SUFFIX, "schedule.create", "schedule", null,
				AuditOutcome.DENIED, null, null)))
			.isOne();
	}

	@Test
	void a_paused_schedule_queues_nothing_and_resumes_at_its_next_future_time() {
		signIn("analyst-" + SUFFIX, Role.ANALYST);
		Schedule schedule = done(this.schedules.create(definition("暂停测试", "0 0 7 * * *", Map.of())));

		Schedule paused = done(this.schedules.pause(schedule.id()));
		this.jdbc.sql("update report_schedules set next_fire_at = now() - interval '1 hour' where id = ?")
			.param(schedule.id())
			.update();
		scheduler("instance-p", (run) -> {
		}).queueDue();
		Schedule resumed = done(this.schedules.resume(schedule.id()));

		assertThat(paused.paused()).isTrue();
		assertThat(runIds(schedule.id())).isEmpty();
		assertThat(resumed.paused()).isFalse();
		assertThat(resumed.nextFireAt()).isAfter(this.clock.instant());
	}

	private ReportScheduler scheduler(String instance, RunLauncher launcher) {
		ScheduleSettings ticking = new ScheduleSettings(this.settings.command(), Path.of("."), null,
				this.settings.reports(), true, 100, Duration.ofMinutes(1), Duration.ofMinutes(10));
		return new ReportScheduler(this.repository, ticking, launcher, this.transaction, this.clock, instance);
	}

	private List<UUID> runIds(UUID scheduleId) {
		return this.jdbc.sql("select id from report_runs where schedule_id = ?")
			.param(scheduleId)
			.query(UUID.class)
			.list();
	}

	private ReportRun awaitFinished(UUID scheduleId) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(deadline)) {
			List<ReportRun> runs = this.schedules.runs(scheduleId, 1);
			if (!runs.isEmpty()
					&& (runs.get(0).state() == RunState.SUCCEEDED || runs.get(0).state() == RunState.FAILED)) {
				return runs.get(0);
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The run of schedule %s did not finish within 60 s: %s".formatted(scheduleId,
				this.schedules.runs(scheduleId, 1)));
	}

	private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(10);
		while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
	}

	private byte[] download(UUID runId, ReportOutputs.Format format) throws java.io.IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.outputs.write(runId, "posture", format, out);
		return out.toByteArray();
	}

	@Test
	void an_installation_starts_with_a_weekly_lake_maintenance_schedule() {
		Schedule maintenance = this.repository.findAll()
			.stream()
			.filter((schedule) -> schedule.definition().job() == AnalyticsJob.MAINTAIN)
			.filter((schedule) -> schedule.createdBy().equals("watchtower"))
			.findFirst()
			.orElseThrow();
		assertThat(maintenance.paused()).isFalse();
		assertThat(maintenance.definition().cron()).isEqualTo("0 30 4 * * SUN");
		assertThat(maintenance.definition().timeZone()).isEqualTo("Asia/Shanghai");
		assertThat(maintenance.definition().parameters()).isEmpty();
		// the migration computed its first fire time as the scheduler computes every
		// other
		assertThat(maintenance.nextFireAt())
			.isEqualTo(ReportScheduler.next(maintenance.definition(), maintenance.createdAt()));
		assertThat(maintenance.nextFireAt().atZone(java.time.ZoneId.of("Asia/Shanghai")))
			.satisfies((next) -> assertThat(next.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY))
			.satisfies((next) -> assertThat(next.toLocalTime()).isEqualTo(java.time.LocalTime.of(4, 30)))
			.satisfies((next) -> assertThat(next.toInstant()).isBetween(maintenance.createdAt(),
					maintenance.createdAt().plus(Duration.ofDays(7))));
	}

	private static ScheduleDefinition definition(String name, String cron, Map<String, String> parameters) {
		return new ScheduleDefinition(name + " " + SUFFIX, AnalyticsJob.POSTURE, cron, "Asia/Shanghai", parameters);
	}

	private static Schedule done(ScheduleOutcome outcome) {
		assertThat(outcome).isInstanceOf(ScheduleOutcome.Done.class);
		return ((ScheduleOutcome.Done) outcome).schedule();
	}

	private static void signIn(String username, Role role) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
					List.of(new SimpleGrantedAuthority(role.authority()))));
	}

	static Set<UUID> copy(Set<UUID> set) {
		return new HashSet<>(set);
	}

}
