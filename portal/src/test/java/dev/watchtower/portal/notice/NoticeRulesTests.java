package dev.watchtower.portal.notice;

import java.time.LocalDate;

import dev.watchtower.portal.security.Role;
import org.junit.jupiter.api.Test;

import static dev.watchtower.portal.notice.NoticeFixtures.actor;
import static dev.watchtower.portal.notice.NoticeFixtures.notice;
import static org.assertj.core.api.Assertions.assertThat;

class NoticeRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Test
	void the_drafter_can_never_approve_even_as_a_regulator() {
		Notice notice = notice("alice", NoticeStatus.IN_REVIEW, null);

		Decision decision = NoticeRules.decide(notice, actor("alice", Role.REGULATOR), NoticeAction.APPROVE, TODAY);

		assertThat(decision).isEqualTo(Decision.refused("notice.refused.four-eyes"));
	}

	@Test
	void the_drafter_can_neither_return_nor_issue() {
		assertThat(NoticeRules.decide(notice("alice", NoticeStatus.IN_REVIEW, null), actor("alice", Role.REGULATOR),
				NoticeAction.RETURN, TODAY))
			.isEqualTo(Decision.refused("notice.refused.four-eyes"));
		assertThat(NoticeRules.decide(notice("alice", NoticeStatus.APPROVED, null), actor("alice", Role.REGULATOR),
				NoticeAction.ISSUE, TODAY))
			.isEqualTo(Decision.refused("notice.refused.four-eyes"));
	}

	@Test
	void a_second_regulator_approves() {
		Decision decision = NoticeRules.decide(notice("alice", NoticeStatus.IN_REVIEW, null),
				actor("bob", Role.REGULATOR), NoticeAction.APPROVE, TODAY);

		assertThat(decision.allowed()).isTrue();
	}

	@Test
	void inspectors_and_administrators_never_approve() {
		Notice notice = notice("alice", NoticeStatus.IN_REVIEW, null);

		assertThat(NoticeRules.decide(notice, actor("ivan", Role.INSPECTOR), NoticeAction.APPROVE, TODAY))
			.isEqualTo(Decision.refused("notice.refused.role"));
		assertThat(NoticeRules.decide(notice, actor("root", Role.ADMIN), NoticeAction.APPROVE, TODAY))
			.isEqualTo(Decision.refused("notice.refused.role"));
	}

	@Test
	void only_the_drafter_submits() {
		assertThat(NoticeRules.decide(notice("alice", NoticeStatus.DRAFT, null), actor("bob", Role.REGULATOR),
				NoticeAction.SUBMIT, TODAY))
			.isEqualTo(Decision.refused("notice.refused.not-drafter"));
	}

	@Test
	void a_draft_cannot_be_approved_or_issued_directly() {
		assertThat(NoticeRules.decide(notice("alice", NoticeStatus.DRAFT, null), actor("bob", Role.REGULATOR),
				NoticeAction.APPROVE, TODAY))
			.isEqualTo(Decision.refused("notice.refused.status"));
		assertThat(NoticeRules.decide(notice("alice", NoticeStatus.IN_REVIEW, null), actor("bob", Role.REGULATOR),
				NoticeAction.ISSUE, TODAY))
			.isEqualTo(Decision.refused("notice.refused.status"));
	}

	@Test
	void a_notice_awaiting_a_response_is_not_closed() {
		Notice notice = notice("alice", NoticeStatus.ISSUED, TODAY.plusDays(10));

		assertThat(NoticeRules.decide(notice, actor("bob", Role.REGULATOR), NoticeAction.CLOSE, TODAY))
			.isEqualTo(Decision.refused("notice.refused.awaiting-response"));
		assertThat(NoticeRules
			.decide(notice("alice", NoticeStatus.ISSUED, null), actor("bob", Role.REGULATOR), NoticeAction.CLOSE, TODAY)
			.allowed()).isTrue();
	}

	@Test
	void a_notice_is_not_issued_after_its_due_day() {
		Notice notice = notice("alice", NoticeStatus.APPROVED, TODAY.minusDays(1));

		assertThat(NoticeRules.decide(notice, actor("bob", Role.REGULATOR), NoticeAction.ISSUE, TODAY))
			.isEqualTo(Decision.refused("notice.refused.due-passed"));
	}

	@Test
	void deadline_flags_follow_the_day() {
		java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
		Notice issued = notice("alice", NoticeStatus.ISSUED, TODAY);

		assertThat(NoticeDeadline.of(issued, TODAY.minusDays(10), zone)).isEqualTo(NoticeDeadline.OPEN);
		assertThat(NoticeDeadline.of(issued, TODAY.minusDays(2), zone)).isEqualTo(NoticeDeadline.DUE_SOON);
		assertThat(NoticeDeadline.of(issued, TODAY, zone)).isEqualTo(NoticeDeadline.DUE_SOON);
		assertThat(NoticeDeadline.of(issued, TODAY.plusDays(1), zone)).isEqualTo(NoticeDeadline.OVERDUE);
		assertThat(NoticeDeadline.of(notice("alice", NoticeStatus.DRAFT, TODAY), TODAY.plusDays(5), zone))
			.isEqualTo(NoticeDeadline.NOT_RUNNING);
		assertThat(NoticeDeadline.of(notice("alice", NoticeStatus.ISSUED, null), TODAY, zone))
			.isEqualTo(NoticeDeadline.NONE);
	}

}
