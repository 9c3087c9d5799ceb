package dev.watchtower.batch.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the intake tells new filings, corrections, late versions, duplicates and
 * conflicting resends apart (docs/lake.md, "Idempotency and versions").
 */
class VersionPolicyTests {

	private static final FilingKey KEY = new FilingKey("91110000100000000A", "F-1");

	private static final Instant EARLIER = Instant.parse("2026-11-01T00:00:00Z");

	private static LedgerEntry entry(int version, String checksum, String partition) {
		return new LedgerEntry(KEY, version, "INCIDENT_REPORT", checksum, partition, "7", EARLIER);
	}

	@Test
	void a_filing_never_seen_is_new() {
		// given
		VersionPolicy policy = new VersionPolicy(Map.of());

		// when
		VersionDecision decision = policy.decide(entry(1, "a", "2026-10"));

		// then
		assertThat(decision).isEqualTo(new VersionDecision.New());
	}

	@Test
	void the_same_version_and_content_is_a_duplicate_and_other_content_a_conflict() {
		// given
		VersionPolicy policy = new VersionPolicy(Map.of(KEY, List.of(entry(1, "a", "2026-10"))));

		// when
		VersionDecision same = policy.decide(entry(1, "a", "2026-10"));
		VersionDecision other = policy.decide(entry(1, "b", "2026-10"));

		// then
		assertThat(same).isEqualTo(new VersionDecision.Duplicate());
		assertThat(other).isEqualTo(new VersionDecision.Conflict(EARLIER));
	}

	@Test
	void a_higher_version_replaces_the_row_in_the_lake_with_its_partition() {
		// given
		VersionPolicy policy = new VersionPolicy(Map.of(KEY, List.of(entry(1, "a", "2026-10"))));

		// when
		VersionDecision decision = policy.decide(entry(2, "b", "2026-11"));

		// then
		assertThat(decision).isEqualTo(new VersionDecision.Supersedes(1, "2026-10", true));
	}

	@Test
	void a_lower_version_arriving_after_a_higher_one_is_late() {
		// given
		VersionPolicy policy = new VersionPolicy(Map.of(KEY, List.of(entry(3, "c", "2026-10"))));

		// when
		VersionDecision decision = policy.decide(entry(2, "b", "2026-10"));

		// then
		assertThat(decision).isEqualTo(new VersionDecision.Late(3));
	}

	@Test
	void versions_within_one_chunk_are_decided_in_order() {
		// given
		VersionPolicy policy = new VersionPolicy(Map.of());

		// when
		VersionDecision first = policy.decide(entry(1, "a", "2026-10"));
		VersionDecision second = policy.decide(entry(2, "b", "2026-10"));
		VersionDecision again = policy.decide(entry(2, "b", "2026-10"));

		// then: the replaced row is not in the lake yet, so nothing there needs replacing
		assertThat(first).isEqualTo(new VersionDecision.New());
		assertThat(second).isEqualTo(new VersionDecision.Supersedes(1, null, false));
		assertThat(again).isEqualTo(new VersionDecision.Duplicate());
	}

}
