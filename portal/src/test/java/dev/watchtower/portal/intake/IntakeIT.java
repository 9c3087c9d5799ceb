package dev.watchtower.portal.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.watchtower.portal.PortalTestContext;
import dev.watchtower.portal.audit.AuditLog;
import dev.watchtower.portal.audit.AuditQuery;
import dev.watchtower.portal.base.AuditOutcome;
import dev.watchtower.portal.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake status against real files and PostgreSQL: batch runs from a real Spring Batch 6
 * job repository schema (the batch module's DDL), receipts per the inbox contract,
 * uploads dropped atomically with their sidecar, re-running a failed file, exports.
 */
class IntakeIT extends PortalTestContext {

	@Autowired
	private IntakeDrops drops;

	@Autowired
	private IntakeReceipts receipts;

	@Autowired
	private BatchRuns batchRuns;

	@Autowired
	private RejectsExport export;

	@Autowired
	private IntakeSettings settings;

	@Autowired
	private AuditLog audit;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void batch_runs_come_from_the_job_repository_with_summed_step_counts() throws Exception {
		assertThat(new BatchRuns(this.jdbc, new IntakeSettings(DATA, DATA, "no_such_schema", 10)).latest(5)).isEmpty();
		createJobRepository();
		String schema = this.settings.batchSchema();
		this.jdbc.sql("insert into " + schema + ".batch_job_instance values (1, 0, 'incidentFilingLoadJob', 'k1')")
			.update();
		this.jdbc.sql("insert into " + schema + ".batch_job_instance values (2, 0, 'incidentFilingLoadJob', 'k2')")
			.update();
		this.jdbc
			.sql("insert into " + schema + ".batch_job_execution (job_execution_id, version, job_instance_id, "
					+ "create_time, start_time, end_time, status, exit_code, exit_message, last_updated) values "
					+ "(10, 1, 1, now() - interval '1 hour', now() - interval '1 hour', now() - interval '50 minutes', "
					+ "'COMPLETED', 'COMPLETED', '', now()), "
					+ "(11, 1, 2, now(), now(), null, 'STARTED', 'UNKNOWN', '', now())")
			.update();
		this.jdbc
			.sql("insert into " + schema + ".batch_job_execution_params values "
					+ "(10, 'input.file', 'java.lang.String', 'inbox/a.ndjson', 'Y')")
			.update();
		this.jdbc
			.sql("insert into " + schema + ".batch_step_execution (step_execution_id, version, step_name, "
					+ "job_execution_id, create_time, status, read_count, filter_count, write_count, read_skip_count, "
					+ "write_skip_count, process_skip_count) values "
					+ "(100, 1, 'parse', 10, now(), 'COMPLETED', 120, 1, 117, 1, 0, 1), "
					+ "(101, 1, 'load', 10, now(), 'COMPLETED', 0, 0, 0, 0, 0, 0), "
					+ "(110, 1, 'parse', 11, now(), 'STARTED', 40, 0, 38, 2, 0, 0)")
			.update();

		List<BatchRun> runs = this.batchRuns.latest(10);

		assertThat(runs).extracting(BatchRun::executionId).containsExactly(11L, 10L);
		BatchRun running = runs.get(0);
		assertThat(running.running()).isTrue();
		assertThat(running.read()).isEqualTo(40);
		assertThat(running.skipped()).isEqualTo(2);
		BatchRun done = runs.get(1);
		assertThat(done.written()).isEqualTo(117);
		assertThat(done.skipped()).isEqualTo(2);
		assertThat(done.steps()).isEqualTo(2);
		assertThat(done.completedSteps()).isEqualTo(2);
		assertThat(done.parameters()).containsEntry("input.file", "inbox/a.ndjson");
	}

	@Test
	void an_upload_is_dropped_atomically_with_its_sidecar_and_later_has_a_receipt() throws Exception {
		signIn("admin", Role.ADMIN);
		byte[] content = "{\"filingId\": \"F-1\"}\n".getBytes(StandardCharsets.UTF_8);

		IntakeOutcome outcome = this.drops.upload("../机构报送 11月.ndjson", new ByteArrayInputStream(content),
				"91110000100000000X");

		assertThat(outcome).isInstanceOf(IntakeOutcome.Queued.class);
		IntakeOutcome.Queued queued = (IntakeOutcome.Queued) outcome;
		assertThat(queued.file()).startsWith("ui/").endsWith("-机构报送_11月.ndjson");
		Path file = this.settings.inbox().resolve(queued.file());
		assertThat(file).hasBinaryContent(content);
		assertThat(Files.readString(file.resolveSibling(file.getFileName() + ".meta.json"))).contains(
				"\"receiptId\":\"" + queued.receiptId() + "\"", "\"submittedBy\":\"admin\"",
				"\"institutionCode\":\"91110000100000000X\"", "\"submittedAt\"");
		try (Stream<Path> files = Files.list(file.getParent())) {
			assertThat(files.map((path) -> path.getFileName().toString())).noneMatch((name) -> name.endsWith(".part"));
		}
		assertThat(this.receipts.pending()).contains(queued.file());
		assertThat(this.receipts.receipt(queued.receiptId())).isEmpty();
		assertThat(this.audit.count(
				new AuditQuery("admin", "intake.upload", null, queued.receiptId(), AuditOutcome.SUCCESS, null, null)))
			.isOne();

		IntakeFixtures.processWithRejects(this.settings.inbox(), this.settings.root(), queued.file(),
				queued.receiptId());

		StoredReceipt stored = this.receipts.receipt(queued.receiptId()).orElseThrow();
		assertThat(stored.receipt().rejected()).isEqualTo(2);
		assertThat(stored.receipt().rejects()).extracting(RejectedRecord::rule)
			.containsExactly("schema.required", "filing.institution-mismatch");
		assertThat(this.receipts.pending()).doesNotContain(queued.file());
		assertThat(this.drops.myUploads(5)).extracting(Upload::receiptId).contains(queued.receiptId());

		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		this.export.csv(stored.receipt(), stored.receipt().rejects(), csv);
		assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFfile,record,filingId,rule")
			.contains("F-4,filing.institution-mismatch,institutionCode,机构代码与报送机构不一致");
	}

	@Test
	void uploads_of_other_file_types_are_refused_and_audited() {
		signIn("inspector-" + SUFFIX, Role.INSPECTOR);

		IntakeOutcome outcome = this.drops.upload("evil.sh", new ByteArrayInputStream(new byte[] { 1 }), null);

		assertThat(outcome).isEqualTo(new IntakeOutcome.Refused("intake.refused.type"));
		assertThat(this.audit
			.count(new AuditQuery("inspector-" + SUFFIX, "intake.upload", null, null, AuditOutcome.DENIED, null, null)))
			.isOne();
	}

	@Test
	void a_failed_file_is_moved_back_into_the_inbox_once_by_an_administrator() throws Exception {
		String receiptId = "failed-" + UUID.randomUUID();
		String relative = "api/" + receiptId + ".csv";
		IntakeFixtures.failed(this.settings.root(), relative, receiptId);
		signIn("analyst-" + SUFFIX, Role.ANALYST);
		assertThat(this.drops.rerun(receiptId)).isEqualTo(new IntakeOutcome.Refused("intake.refused.role"));

		signIn("admin", Role.ADMIN);
		IntakeOutcome outcome = this.drops.rerun(receiptId);

		assertThat(outcome).isEqualTo(new IntakeOutcome.Queued(relative, receiptId));
		assertThat(this.settings.inbox().resolve(relative)).hasContent("this is not a filing");
		assertThat(this.settings.inbox().resolve(relative + ".meta.json")).exists();
		StoredReceipt stored = this.receipts.receipt(receiptId).orElseThrow();
		assertThat(stored.fileStillThere()).isFalse();
		assertThat(stored.receipt().reason()).contains("not a filing format");
		assertThat(this.drops.rerun(receiptId)).isEqualTo(new IntakeOutcome.Refused("intake.refused.already-rerun"));
		assertThat(this.audit
			.count(new AuditQuery("admin", "intake.rerun", null, receiptId, AuditOutcome.SUCCESS, null, null))).isOne();
	}

	@Test
	void an_unreadable_receipt_is_skipped_not_fatal() throws Exception {
		Path broken = this.settings.root().resolve("processed/2026-11-23/broken.csv.receipt.json");
		Files.createDirectories(broken.getParent());
		Files.writeString(broken, "{ not json");

		assertThat(this.receipts.receipts()).noneMatch((stored) -> stored.location().equals(broken));
	}

	private void createJobRepository() throws Exception {
		Path ddl = Path.of(System.getProperty("watchtower.root", ".."), "batch", "src", "main", "resources", "db",
				"batch", "V1__spring_batch_6_0_job_repository.sql");
		String schema = this.settings.batchSchema();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			String portalSchema = connection.getSchema();
			statement.execute("create schema if not exists " + schema);
			connection.setSchema(schema);
			try {
				statement.execute(Files.readString(ddl));
			}
			finally {
				connection.setSchema(portalSchema);
			}
		}
	}

	private static void signIn(String username, Role role) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
					List.of(new SimpleGrantedAuthority(role.authority()))));
	}

}
