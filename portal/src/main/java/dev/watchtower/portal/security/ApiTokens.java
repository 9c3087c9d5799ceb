package dev.watchtower.portal.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.watchtower.ingestion.digest.Sha256;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: issued once (the secret is shown once and stored only as its SHA-256),
 * checked on every API request. A token reads {@code wt.<id>.<secret>}; the secret has
 * 256 random bits, so a fast hash suffices and a database leak reveals no usable token.
 */
@Service
public class ApiTokens {

	private static final Pattern TOKEN = Pattern.compile("wt\\.([0-9a-f]{16})\\.([A-Za-z0-9_-]{43})");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Issues a token for an institution's submissions.
	 * @param label what the token is for
	 * @param institutionCode the institution it files for
	 * @param expiresAt when it stops working, or {@code null} for never
	 * @return the token text, to hand over once
	 */
	@Transactional
	public String issueSubmitToken(String label, String institutionCode, @Nullable Instant expiresAt) {
		return issue(label, ApiTokenScope.SUBMIT, institutionCode, null, expiresAt);
	}

	/**
	 * Issues a query token acting for a staff user (the user's roles and regimes apply).
	 * @param label what the token is for
	 * @param owner the user it acts for
	 * @param expiresAt when it stops working, or {@code null} for never
	 * @return the token text, to hand over once
	 */
	@Transactional
	public String issueQueryToken(String label, String owner, @Nullable Instant expiresAt) {
		return issue(label, ApiTokenScope.QUERY, null, owner, expiresAt);
	}

	/**
	 * Issues a token with a chosen text (the demo profile's documented tokens), replacing
	 * one with the same id.
	 * @param token a well-formed token text
	 * @param label what the token is for
	 * @param scope what it may do
	 * @param institutionCode for {@link ApiTokenScope#SUBMIT}
	 * @param owner for {@link ApiTokenScope#QUERY}
	 */
	@Transactional
	void register(String token, String label, ApiTokenScope scope, @Nullable String institutionCode,
			@Nullable String owner) {
		Matcher parts = parse(token)
			.orElseThrow(() -> new IllegalArgumentException("Malformed API token for " + label));
		this.jdbc.sql("delete from api_tokens where token_id = ?").param(parts.group(1)).update();
		insert(parts.group(1), Sha256.hex(parts.group(2)), label, scope, institutionCode, owner, null);
	}

	/**
	 * Revokes a token.
	 * @param tokenId its id
	 * @return whether a live token was revoked
	 */
	@Transactional
	public boolean revoke(String tokenId) {
		return this.jdbc.sql("update api_tokens set revoked_at = ? where token_id = ? and revoked_at is null")
			.param(Timestamp.from(this.clock.instant()))
			.param(tokenId)
			.update() == 1;
	}

	/**
	 * Checks a presented token.
	 * @param token the text after {@code Bearer}
	 * @return the principal and its authorities; empty when unknown, wrong, revoked or
	 * expired
	 */
	@Transactional(readOnly = true)
	public Optional<Authenticated> authenticate(String token) {
		Optional<Matcher> parts = parse(token);
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		String id = parts.get().group(1);
		byte[] presented = HexFormat.of().parseHex(Sha256.hex(parts.get().group(2)));
		Timestamp now = Timestamp.from(this.clock.instant());
		return this.jdbc.sql("""
				select token_id, secret_sha256, label, scope, institution_code, owner
				from api_tokens
				where token_id = ? and revoked_at is null and (expires_at is null or expires_at > ?)
				""")
			.param(id)
			.param(now)
			.query((row, n) -> new StoredToken(row.getString("token_id"), row.getString("secret_sha256"),
					row.getString("label"), ApiTokenScope.valueOf(row.getString("scope")),
					row.getString("institution_code"), row.getString("owner")))
			.optional()
			.filter((stored) -> MessageDigest.isEqual(HexFormat.of().parseHex(stored.secretSha256()), presented))
			.map(this::authenticated);
	}

	private Authenticated authenticated(StoredToken stored) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(stored.scope().authority()));
		if (stored.owner() != null) {
			// A query token has the roles and regimes of its owner, read now, so taking a
			// role away from the user takes it away from the token too.
			this.jdbc.sql("""
					select authority from authorities a join users u on u.username = a.username
					where a.username = ? and u.enabled
					union all
					select 'REGIME_' || r.regime from user_regimes r join users u on u.username = r.username
					where r.username = ? and u.enabled
					""")
				.param(stored.owner())
				.param(stored.owner())
				.query(String.class)
				.list()
				.forEach((authority) -> authorities.add(new SimpleGrantedAuthority(authority)));
		}
		return new Authenticated(new ApiTokenPrincipal(stored.tokenId(), stored.label(), stored.scope(),
				stored.institutionCode(), stored.owner()), List.copyOf(authorities));
	}

	private String issue(String label, ApiTokenScope scope, @Nullable String institutionCode, @Nullable String owner,
			@Nullable Instant expiresAt) {
		byte[] idBytes = new byte[8];
		byte[] secretBytes = new byte[32];
		RANDOM.nextBytes(idBytes);
		RANDOM.nextBytes(secretBytes);
		String id = HexFormat.of().formatHex(idBytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
		insert(id, Sha256.hex(secret), label, scope, institutionCode, owner, expiresAt);
		return "wt." + id + "." + secret;
	}

	private void insert(String id, String secretSha256, String label, ApiTokenScope scope,
			@Nullable String institutionCode, @Nullable String owner, @Nullable Instant expiresAt) {
		this.jdbc
			.sql("""
					insert into api_tokens (token_id, secret_sha256, label, scope, institution_code, owner, created_at, expires_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.param(id)
			.param(secretSha256)
			.param(label)
			.param(scope.name())
			.param(institutionCode)
			.param(owner)
			.param(Timestamp.from(this.clock.instant()))
			.param((expiresAt != null) ? Timestamp.from(expiresAt) : null)
			.update();
	}

	private static Optional<Matcher> parse(String token) {
		Matcher matcher = TOKEN.matcher(token.strip());
		return matcher.matches() ? Optional.of(matcher) : Optional.empty();
	}

	/**
	 * A token that checked out.
	 *
	 * @param principal who it stands for
	 * @param authorities the scope, and for query tokens the owner's roles and regimes
	 */
	public record Authenticated(ApiTokenPrincipal principal, List<GrantedAuthority> authorities) {

		public Authenticated {
			authorities = List.copyOf(authorities);
		}

	}

	private record StoredToken(String tokenId, String secretSha256, String label, ApiTokenScope scope,
			@Nullable String institutionCode, @Nullable String owner) {
	}

}
