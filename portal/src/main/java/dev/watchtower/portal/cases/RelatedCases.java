package dev.watchtower.portal.cases;

import java.util.List;

/**
 * Cases linked to one case, each list without the case itself and within the viewer's
 * regimes.
 *
 * @param correlated cases analytics correlated with it
 * @param sameVendor cases naming one of its vendors
 * @param sameCve cases naming one of its CVEs
 * @param sameInstitution the institution's other cases, newest first
 */
public record RelatedCases(List<CaseHit> correlated, List<CaseHit> sameVendor, List<CaseHit> sameCve,
		List<CaseHit> sameInstitution) {

	public RelatedCases {
		correlated = List.copyOf(correlated);
		sameVendor = List.copyOf(sameVendor);
		sameCve = List.copyOf(sameCve);
		sameInstitution = List.copyOf(sameInstitution);
	}

}
