package dev.watchtower.portal.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import dev.watchtower.portal.security.Actor;
import dev.watchtower.portal.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Intention-revealing notices and users for the notice tests.
 */
final class NoticeFixtures {

	static final String BANK = "91110000100000000X";

	private NoticeFixtures() {
	}

	static NoticeDraft anyDraft() {
		return draftDue(LocalDate.of(2099, 12, 31));
	}

	static NoticeDraft draftDue(@Nullable LocalDate due) {
		return new NoticeDraft(NoticeType.SUPERVISORY_BULLETIN, "NFRA-2024-24-A76", "关于某银行客户信息泄露事件的监管通报",
				"经查，你行于2026年11月发生客户个人信息泄露事件，未按规定时限报告。\n请立即整改。", List.of(new Addressee(BANK, "示例商业银行股份有限公司")),
				List.of(BANK + ":INC-2026-0001"), List.of("bulletin-2026-11-01"), due);
	}

	static Notice notice(String drafter, NoticeStatus status, @Nullable LocalDate due) {
		return new Notice(UUID.randomUUID(), draftDue(due), status, "citation", "国家金融监督管理总局", "v1", drafter,
				Instant.parse("2026-11-20T02:00:00Z"), null, null, null, null, null, null, null, null);
	}

	static Actor actor(String username, Role... roles) {
		return new Actor(username, roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
	}

	/**
	 * Signs the user in for the current thread, as Spring Security does for a request.
	 */
	static void signIn(String username, Role role) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
					List.of(new SimpleGrantedAuthority(role.authority()))));
	}

	static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
