package dev.watchtower.portal.notice;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import dev.watchtower.portal.PortalTestContext;
import dev.watchtower.portal.audit.AuditEntry;
import dev.watchtower.portal.audit.AuditLog;
import dev.watchtower.portal.audit.AuditQuery;
import dev.watchtower.portal.base.AuditOutcome;
import dev.watchtower.portal.security.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.watchtower.portal.notice.NoticeFixtures.anyDraft;
import static dev.watchtower.portal.notice.NoticeFixtures.draftDue;
import static dev.watchtower.portal.notice.NoticeFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notice workflow against real PostgreSQL: four eyes enforced by the service,
 * gap-free numbering under concurrency, the issued PDF (CJK font embedded, number in the
 * text, checksum verifiable), history, deadlines and audit rows.
 */
class NoticeWorkflowIT extends PortalTestContext {

	@Autowired
	private NoticeWorkflow workflow;

	@Autowired
	private NoticeQueries queries;

	@Autowired
	private AuditLog audit;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void signOut() {
		NoticeFixtures.signOut();
	}

	@Test
	void a_notice_goes_from_draft_to_closed_with_two_people_and_a_verifiable_pdf() throws IOException {
		signIn("alice-" + SUFFIX, Role.REGULATOR);
		Notice draft = done(this.workflow.draft(anyDraft()));
		done(this.workflow.perform(draft.id(), NoticeAction.SUBMIT, "请审核"));

		NoticeOutcome selfApproval = this.workflow.perform(draft.id(), NoticeAction.APPROVE, null);

		assertThat(selfApproval).isEqualTo(new NoticeOutcome.Refused("notice.refused.four-eyes"));
		signIn("bob-" + SUFFIX, Role.REGULATOR);
		done(this.workflow.perform(draft.id(), NoticeAction.APPROVE, "同意"));
		Notice issued = done(this.workflow.perform(draft.id(), NoticeAction.ISSUE, null));
		assertThat(issued.status()).isEqualTo(NoticeStatus.ISSUED);
		assertThat(issued.number()).matches("监管通报〔\\d{4}〕\\d+号");
		byte[] pdf = this.queries.pdf(issued.id()).orElseThrow();
		java.nio.file.Files.write(java.nio.file.Path.of("target", "notice-sample.pdf"), pdf);
		assertThat(NoticeWorkflow.sha256(pdf)).isEqualTo(issued.pdfSha256());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
			assertThat(text).contains(issued.number(), "示例商业银行股份有限公司", "第七十六条", "国家金融监督管理总局");
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
		}
		assertThat(this.queries.verify(pdf)).isInstanceOf(NoticeVerification.Genuine.class);
		byte[] tampered = pdf.clone();
		tampered[tampered.length / 2] ^= 1;
		assertThat(this.queries.verify(tampered)).isInstanceOf(NoticeVerification.Unknown.class);

		signIn("alice-" + SUFFIX, Role.REGULATOR);
		assertThat(this.workflow.perform(draft.id(), NoticeAction.CLOSE, null))
			.isEqualTo(new NoticeOutcome.Refused("notice.refused.awaiting-response"));
		done(this.workflow.perform(draft.id(), NoticeAction.RECORD_RESPONSE, "已完成整改"));
		Notice closed = done(this.workflow.perform(draft.id(), NoticeAction.CLOSE, null));

		assertThat(closed.status()).isEqualTo(NoticeStatus.CLOSED);
		assertThat(this.queries.history(draft.id())).extracting(NoticeHistoryEntry::action)
			.containsExactly("DRAFT", "SUBMIT", "APPROVE", "ISSUE", "RECORD_RESPONSE", "CLOSE");
		List<AuditEntry> rows = this.audit
			.find(new AuditQuery(null, "notice.", "notice", draft.id().toString(), null, null, null), 0, 50);
		assertThat(rows).extracting(AuditEntry::action, AuditEntry::outcome)
			.contains(org.assertj.core.groups.Tuple.tuple("notice.draft", AuditOutcome.SUCCESS),
					org.assertj.core.groups.Tuple.tuple("notice.approve", AuditOutcome.DENIED),
					org.assertj.core.groups.Tuple.tuple("notice.approve", AuditOutcome.SUCCESS),
					org.assertj.core.groups.Tuple.tuple("notice.issue", AuditOutcome.SUCCESS),
					org.assertj.core.groups.Tuple.tuple("notice.close", AuditOutcome.SUCCESS));
		assertThat(this.audit.count(new AuditQuery(null, "export", "notice", draft.id().toString(), null, null, null)))
			.isOne();
	}

	@Test
	void inspectors_and_administrators_are_refused_by_the_service_not_only_the_screen() {
		signIn("carol-" + SUFFIX, Role.INSPECTOR);
		Notice draft = done(this.workflow.draft(anyDraft()));
		done(this.workflow.perform(draft.id(), NoticeAction.SUBMIT, null));
		signIn("ivan-" + SUFFIX, Role.INSPECTOR);

		assertThat(this.workflow.perform(draft.id(), NoticeAction.APPROVE, null))
			.isEqualTo(new NoticeOutcome.Refused("notice.refused.role"));
		signIn("root-" + SUFFIX, Role.ADMIN);
		assertThat(this.workflow.draft(anyDraft())).isEqualTo(new NoticeOutcome.Refused("notice.refused.role"));
		assertThat(this.queries.find(draft.id()).orElseThrow().notice().status()).isEqualTo(NoticeStatus.IN_REVIEW);
	}

	@Test
	void numbers_have_no_gaps_and_no_duplicates_when_issued_concurrently() throws Exception {
		int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
		Integer before = this.jdbc
			.sql("select last_serial from notice_counters where notice_type = 'SUPERVISORY_BULLETIN' and year = ?")
			.param(year)
			.query(Integer.class)
			.optional()
			.orElse(0);
		List<UUID> approved = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			signIn("dora-" + SUFFIX, Role.INSPECTOR);
			Notice draft = done(this.workflow.draft(anyDraft()));
			done(this.workflow.perform(draft.id(), NoticeAction.SUBMIT, null));
			signIn("erik-" + SUFFIX, Role.REGULATOR);
			done(this.workflow.perform(draft.id(), NoticeAction.APPROVE, null));
			approved.add(draft.id());
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Notice>> issues = approved.stream().<Callable<Notice>>map((id) -> () -> {
				signIn("fred-" + SUFFIX, Role.REGULATOR);
				try {
					return done(this.workflow.perform(id, NoticeAction.ISSUE, null));
				}
				finally {
					NoticeFixtures.signOut();
				}
			}).toList();
			List<Integer> serials = new ArrayList<>();
			for (Future<Notice> issued : pool.invokeAll(issues)) {
				String number = issued.get().number();
				serials.add(Integer.parseInt(number.substring(number.indexOf('〕') + 1, number.length() - 1)));
			}

			assertThat(serials).containsExactlyInAnyOrderElementsOf(
					IntStream.rangeClosed(before + 1, before + approved.size()).boxed().toList());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void an_issued_notice_past_its_due_day_is_flagged_overdue() {
		signIn("gina-" + SUFFIX, Role.INSPECTOR);
		Notice draft = done(this.workflow.draft(draftDue(LocalDate.now().plusDays(30))));
		done(this.workflow.perform(draft.id(), NoticeAction.SUBMIT, null));
		signIn("hank-" + SUFFIX, Role.REGULATOR);
		done(this.workflow.perform(draft.id(), NoticeAction.APPROVE, null));
		done(this.workflow.perform(draft.id(), NoticeAction.ISSUE, null));
		// Time passes: the due day is now behind us.
		this.jdbc.sql("update notices set response_due = current_date - 2 where id = ?").param(draft.id()).update();

		assertThat(this.queries.list(null, true)).extracting((row) -> row.notice().id()).contains(draft.id());
		assertThat(this.queries.find(draft.id()).orElseThrow().deadline()).isEqualTo(NoticeDeadline.OVERDUE);
	}

	private static Notice done(NoticeOutcome outcome) {
		assertThat(outcome).isInstanceOf(NoticeOutcome.Done.class);
		return ((NoticeOutcome.Done) outcome).notice();
	}

}
