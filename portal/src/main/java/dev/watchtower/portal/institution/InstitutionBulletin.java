package dev.watchtower.portal.institution;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A risk bulletin that names an institution.
 *
 * @param bulletinId the bulletin
 * @param kind its kind
 * @param title its title
 * @param level the level it is about
 * @param asOf when it was computed
 */
public record InstitutionBulletin(String bulletinId, String kind, String title, @Nullable String level,
		@Nullable Instant asOf) {
}
