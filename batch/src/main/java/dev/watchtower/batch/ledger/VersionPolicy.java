package dev.watchtower.batch.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Decides, for the accepted filings of one chunk in input order, whether each is new, a
 * correction, a late lower version, a duplicate or a conflicting resend, against the
 * versions already in the ledger and those earlier in the same chunk. Pure: the same
 * ledger and chunk always give the same decisions, which a replay after a crash relies
 * on.
 */
public final class VersionPolicy {

	private final Map<FilingKey, List<LedgerEntry>> known = new HashMap<>();

	private final Set<LedgerEntry> inThisChunk = Collections.newSetFromMap(new IdentityHashMap<>());

	/**
	 * Starts from what the ledger holds.
	 * @param ledger the entries of the filings in the chunk, by filing
	 */
	public VersionPolicy(Map<FilingKey, List<LedgerEntry>> ledger) {
		ledger.forEach((key, entries) -> this.known.put(key, new ArrayList<>(entries)));
	}

	/**
	 * Decides about one filing and, unless it is a duplicate or a conflict, remembers it
	 * for the filings after it.
	 * @param entry the filing as it would be recorded
	 * @return the decision
	 */
	public VersionDecision decide(LedgerEntry entry) {
		List<LedgerEntry> entries = this.known.computeIfAbsent(entry.key(), (key) -> new ArrayList<>());
		LedgerEntry same = find(entries, entry.version());
		if (same != null) {
			return same.checksum().equals(entry.checksum()) ? new VersionDecision.Duplicate()
					: new VersionDecision.Conflict(same.receivedAt());
		}
		LedgerEntry current = entries.stream().max(Comparator.comparingInt(LedgerEntry::version)).orElse(null);
		entries.add(entry);
		this.inThisChunk.add(entry);
		if (current == null) {
			return new VersionDecision.New();
		}
		if (current.version() > entry.version()) {
			return new VersionDecision.Late(current.version());
		}
		boolean inLake = !this.inThisChunk.contains(current);
		return new VersionDecision.Supersedes(current.version(), inLake ? current.partition() : null, inLake);
	}

	private static @Nullable LedgerEntry find(List<LedgerEntry> entries, int version) {
		for (LedgerEntry entry : entries) {
			if (entry.version() == version) {
				return entry;
			}
		}
		return null;
	}

}
