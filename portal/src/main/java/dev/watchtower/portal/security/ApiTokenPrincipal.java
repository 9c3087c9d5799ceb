package dev.watchtower.portal.security;

import java.security.Principal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The principal of a request authenticated by an API token.
 *
 * @param tokenId the public id of the token (the part before the secret)
 * @param label what the token is for, as issued
 * @param scope what the token may do
 * @param institutionCode the institution a {@link ApiTokenScope#SUBMIT} token files for
 * @param owner the staff user a {@link ApiTokenScope#QUERY} token acts for
 */
public record ApiTokenPrincipal(String tokenId, String label, ApiTokenScope scope, @Nullable String institutionCode,
		@Nullable String owner) implements Principal {

	public ApiTokenPrincipal {
		Objects.requireNonNull(tokenId, "tokenId must not be null");
		Objects.requireNonNull(label, "label must not be null");
		Objects.requireNonNull(scope, "scope must not be null");
	}

	/**
	 * The name audit records and logs use for the token.
	 * @return {@code token:} and the token id
	 */
	@Override
	public String getName() {
		return "token:" + this.tokenId;
	}

}
