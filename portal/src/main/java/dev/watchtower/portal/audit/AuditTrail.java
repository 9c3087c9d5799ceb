package dev.watchtower.portal.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import dev.watchtower.portal.base.AuditableEvent;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends one audit row per {@link AuditableEvent}, inside the publisher's transaction
 * when there is a writable one: a rolled-back action leaves no row claiming success, and
 * a failing audit insert fails the action. Otherwise (no transaction, or a read-only one)
 * the row gets a transaction of its own. Adds the client address and correlation id of
 * the current HTTP request.
 */
@Component
class AuditTrail {

	static final String CORRELATION_ID = "correlationId";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void append(AuditableEvent event) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			insert(event);
		}
		else {
			// No transaction, or a read-only one (a search, a case view): a transaction
			// of
			// its own.
			this.ownTransaction.executeWithoutResult((status) -> insert(event));
		}
	}

	private void insert(AuditableEvent event) {
		HttpServletRequest request = currentRequest();
		this.jdbc.sql("""
				insert into audit_log (occurred_at, actor, action, object_type, object_id, outcome, details,
				                       client_address, correlation_id)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
				""")
			.params(Timestamp.from(this.clock.instant()), truncate(event.actor(), 128), truncate(event.action(), 64),
					truncate(event.objectType(), 64), truncate(event.objectId(), 256), event.outcome().name(),
					toJson(event.details()), (request != null) ? truncate(request.getRemoteAddr(), 64) : null,
					MDC.get(CORRELATION_ID))
			.update();
	}

	private String toJson(Map<String, Object> details) {
		return this.json.writeValueAsString(details);
	}

	private static @Nullable HttpServletRequest currentRequest() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes instanceof ServletRequestAttributes servlet) ? servlet.getRequest() : null;
	}

	private static String truncate(String value, int length) {
		return (value.length() <= length) ? value : value.substring(0, length);
	}

}
