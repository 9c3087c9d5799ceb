package dev.watchtower.portal.notice;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notices, their addressees, links and history in PostgreSQL.
 */
@Repository
class NoticeRepository {

	private static final String COLUMNS = """
			id, notice_type, status, title, body, legal_basis_id, citation_zh, authority_zh, catalogue_version,
			response_due, drafted_by, drafted_at, approved_by, issued_by, issued_at, number, pdf_sha256,
			response_received_at, response_summary, closed_at""";

	private final JdbcClient jdbc;

	NoticeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, NoticeDraft draft, LegalBasis basis, String catalogueVersion, String draftedBy, Instant at) {
		this.jdbc.sql("""
				insert into notices (id, notice_type, status, title, body, legal_basis_id, citation_zh, authority_zh,
				                     catalogue_version, response_due, drafted_by, drafted_at)
				values (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, draft.type().name(), draft.title(), draft.body(), basis.id(), basis.citationZh(),
					basis.authorityZh(), catalogueVersion, date(draft), draftedBy, Timestamp.from(at))
			.update();
		insertParts(id, draft);
	}

	void replaceDraft(UUID id, NoticeDraft draft, LegalBasis basis, String catalogueVersion) {
		this.jdbc.sql("""
				update notices set notice_type = ?, title = ?, body = ?, legal_basis_id = ?, citation_zh = ?,
				       authority_zh = ?, catalogue_version = ?, response_due = ?
				where id = ? and status = 'DRAFT'
				""")
			.params(draft.type().name(), draft.title(), draft.body(), basis.id(), basis.citationZh(),
					basis.authorityZh(), catalogueVersion, date(draft), id)
			.update();
		this.jdbc.sql("delete from notice_addressees where notice_id = ?").param(id).update();
		this.jdbc.sql("delete from notice_links where notice_id = ?").param(id).update();
		insertParts(id, draft);
	}

	Optional<Notice> lock(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from notices where id = ? for update")
			.param(id)
			.query(Row::of)
			.optional()
			.map((row) -> complete(List.of(row)).get(0));
	}

	Optional<Notice> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from notices where id = ?")
			.param(id)
			.query(Row::of)
			.optional()
			.map((row) -> complete(List.of(row)).get(0));
	}

	List<Notice> findAll(@Nullable NoticeStatus status) {
		List<Row> rows = this.jdbc
			.sql("select " + COLUMNS + " from notices where (cast(? as varchar) is null or status = ?) "
					+ "order by coalesce(issued_at, drafted_at) desc")
			.params((status != null) ? status.name() : null, (status != null) ? status.name() : null)
			.query(Row::of)
			.list();
		return complete(rows);
	}

	void moveTo(UUID id, NoticeStatus status) {
		this.jdbc.sql("update notices set status = ? where id = ?").params(status.name(), id).update();
	}

	void approved(UUID id, String by, Instant at) {
		this.jdbc.sql("update notices set approved_by = ?, approved_at = ? where id = ?")
			.params(by, Timestamp.from(at), id)
			.update();
	}

	void issued(UUID id, String by, Instant at, int year, int serial, String number, byte[] pdf, String sha256) {
		this.jdbc.sql("""
				update notices set issued_by = ?, issued_at = ?, issue_year = ?, serial = ?, number = ?, pdf = ?,
				       pdf_sha256 = ?, status = 'ISSUED'
				where id = ?
				""").params(by, Timestamp.from(at), year, serial, number, pdf, sha256, id).update();
	}

	void responded(UUID id, Instant at, String summary) {
		this.jdbc.sql("update notices set response_received_at = ?, response_summary = ? where id = ?")
			.params(Timestamp.from(at), summary, id)
			.update();
	}

	void closed(UUID id, Instant at) {
		this.jdbc.sql("update notices set closed_at = ? where id = ?").params(Timestamp.from(at), id).update();
	}

	/**
	 * The next serial of a type in a year; the counter row stays locked until the
	 * caller's transaction ends.
	 */
	int nextSerial(NoticeType type, int year) {
		return this.jdbc.sql("""
				insert into notice_counters (notice_type, year, last_serial) values (?, ?, 1)
				on conflict (notice_type, year) do update set last_serial = notice_counters.last_serial + 1
				returning last_serial
				""").params(type.name(), year).query(Integer.class).single();
	}

	void history(UUID id, Instant at, String actor, String action, @Nullable NoticeStatus from, NoticeStatus to,
			@Nullable String comment) {
		this.jdbc.sql("""
				insert into notice_history (notice_id, occurred_at, actor, action, from_status, to_status, comment)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, Timestamp.from(at), actor, action, (from != null) ? from.name() : null, to.name(), comment)
			.update();
	}

	List<NoticeHistoryEntry> history(UUID id) {
		return this.jdbc.sql("""
				select occurred_at, actor, action, from_status, to_status, comment
				from notice_history where notice_id = ? order by id
				""").param(id).query((row, number) -> {
			String from = row.getString("from_status");
			return new NoticeHistoryEntry(row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
					row.getString("action"), (from != null) ? NoticeStatus.valueOf(from) : null,
					NoticeStatus.valueOf(row.getString("to_status")), row.getString("comment"));
		}).list();
	}

	Optional<byte[]> pdf(UUID id) {
		return this.jdbc.sql("select pdf from notices where id = ? and pdf is not null")
			.param(id)
			.query((row, number) -> row.getBytes("pdf"))
			.optional();
	}

	Optional<UUID> findByChecksum(String sha256) {
		return this.jdbc.sql("select id from notices where pdf_sha256 = ?").param(sha256).query(UUID.class).optional();
	}

	private void insertParts(UUID id, NoticeDraft draft) {
		int position = 0;
		for (Addressee addressee : draft.addressees()) {
			this.jdbc.sql("""
					insert into notice_addressees (notice_id, position, institution_code, institution_name)
					values (?, ?, ?, ?)
					""").params(id, position++, addressee.institutionCode(), addressee.name()).update();
		}
		draft.caseIds().forEach((caseId) -> link(id, "CASE", caseId));
		draft.bulletinIds().forEach((bulletinId) -> link(id, "BULLETIN", bulletinId));
	}

	private void link(UUID id, String kind, String target) {
		this.jdbc.sql("insert into notice_links (notice_id, kind, target_id) values (?, ?, ?)")
			.params(id, kind, target)
			.update();
	}

	private List<Notice> complete(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
		Map<UUID, List<Addressee>> addressees = new HashMap<>();
		this.jdbc.sql("""
				select notice_id, institution_code, institution_name from notice_addressees
				where notice_id = any(?) order by notice_id, position
				""").param(ids).query((row) -> {
			addressees.computeIfAbsent(row.getObject("notice_id", UUID.class), (key) -> new ArrayList<>())
				.add(new Addressee(row.getString("institution_code"), row.getString("institution_name")));
		});
		Map<UUID, Map<String, List<String>>> links = new HashMap<>();
		this.jdbc.sql("select notice_id, kind, target_id from notice_links where notice_id = any(?) order by 1, 2, 3")
			.param(ids)
			.query((row) -> {
				links.computeIfAbsent(row.getObject("notice_id", UUID.class), (key) -> new HashMap<>())
					.computeIfAbsent(row.getString("kind"), (key) -> new ArrayList<>())
					.add(row.getString("target_id"));
			});
		return rows.stream()
			.map((row) -> row.toNotice(addressees.getOrDefault(row.id(), List.of()),
					links.getOrDefault(row.id(), Map.of())))
			.toList();
	}

	private static @Nullable Date date(NoticeDraft draft) {
		return (draft.responseDue() != null) ? Date.valueOf(draft.responseDue()) : null;
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * A notice row before its addressees and links are read.
	 */
	private record Row(UUID id, ResultSetValues values) {

		static Row of(ResultSet row, int number) throws SQLException {
			Date due = row.getDate("response_due");
			return new Row(row.getObject("id", UUID.class),
					new ResultSetValues(NoticeType.valueOf(row.getString("notice_type")),
							NoticeStatus.valueOf(row.getString("status")), row.getString("title"),
							row.getString("body"), row.getString("legal_basis_id"), row.getString("citation_zh"),
							row.getString("authority_zh"), row.getString("catalogue_version"),
							(due != null) ? due.toLocalDate() : null, row.getString("drafted_by"),
							row.getTimestamp("drafted_at").toInstant(), row.getString("approved_by"),
							row.getString("issued_by"), instant(row, "issued_at"), row.getString("number"),
							row.getString("pdf_sha256"), instant(row, "response_received_at"),
							row.getString("response_summary"), instant(row, "closed_at")));
		}

		Notice toNotice(List<Addressee> addressees, Map<String, List<String>> links) {
			ResultSetValues v = this.values;
			NoticeDraft draft = new NoticeDraft(v.type(), v.basisId(), v.title(), v.body(), addressees,
					links.getOrDefault("CASE", List.of()), links.getOrDefault("BULLETIN", List.of()), v.due());
			return new Notice(this.id, draft, v.status(), v.citation(), v.authority(), v.catalogueVersion(),
					v.draftedBy(), v.draftedAt(), v.approvedBy(), v.issuedBy(), v.issuedAt(), v.number(), v.sha256(),
					v.respondedAt(), v.responseSummary(), v.closedAt());
		}

	}

	private record ResultSetValues(NoticeType type, NoticeStatus status, String title, String body, String basisId,
			String citation, String authority, String catalogueVersion, java.time.@Nullable LocalDate due,
			String draftedBy, Instant draftedAt, @Nullable String approvedBy, @Nullable String issuedBy,
			@Nullable Instant issuedAt, @Nullable String number, @Nullable String sha256, @Nullable Instant respondedAt,
			@Nullable String responseSummary, @Nullable Instant closedAt) {
	}

}
