package dev.watchtower.portal.api;

import java.util.List;

import dev.watchtower.portal.institution.InstitutionBulletin;
import dev.watchtower.portal.institution.InstitutionDirectory;
import dev.watchtower.portal.institution.InstitutionIncident;
import dev.watchtower.portal.institution.InstitutionProfile;
import dev.watchtower.portal.security.CurrentViewer;
import dev.watchtower.portal.security.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An institution's profile, score, annual reports, incidents and bulletins for staff
 * programs, within the token owner's regimes.
 */
@RestController
@RequestMapping(path = "/api/v1/institutions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "institutions", description = "Read an institution (staff tokens, scope QUERY)")
class InstitutionApi {

	static final int INCIDENTS = 100;

	static final int BULLETINS = 20;

	private final InstitutionDirectory institutions;

	private final CurrentViewer viewer;

	InstitutionApi(InstitutionDirectory institutions, CurrentViewer viewer) {
		this.institutions = institutions;
		this.viewer = viewer;
	}

	@GetMapping("/{code}")
	@Operation(summary = "Profile, risk score and factors, annual reports, latest incidents and bulletins")
	InstitutionView institution(@PathVariable String code) {
		Viewer current = this.viewer.get();
		InstitutionProfile profile = this.institutions.profile(code, current)
			.orElseThrow(() -> new NotFoundException("No institution " + code));
		return new InstitutionView(profile, this.institutions.incidents(code, current, INCIDENTS),
				this.institutions.bulletins(code, BULLETINS));
	}

	/**
	 * An institution.
	 *
	 * @param profile profile, score, annual reports
	 * @param incidents latest incidents, newest first
	 * @param bulletins bulletins naming it
	 */
	record InstitutionView(InstitutionProfile profile, List<InstitutionIncident> incidents,
			List<InstitutionBulletin> bulletins) {
	}

}
