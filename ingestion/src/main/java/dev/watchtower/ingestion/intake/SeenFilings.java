package dev.watchtower.ingestion.intake;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Remembers which (institution, filing id, version) keys a run has accepted, in about 16
 * bytes per filing: an open-addressing set of 64-bit hashes. Two different keys share a
 * hash with a probability of about n²/2⁶⁵ (below 10⁻⁷ for a million filings).
 */
final class SeenFilings {

	private long[] slots = new long[1 << 12];

	private int size;

	/**
	 * Adds a key.
	 * @param institution the institution code
	 * @param filingId the filing id
	 * @param version the version
	 * @return false when the key was already there
	 */
	boolean add(String institution, String filingId, int version) {
		long hash = hash(institution + '\u0000' + filingId + '\u0000' + version);
		if (hash == 0) {
			hash = 1;
		}
		if ((this.size + 1) * 2 > this.slots.length) {
			grow();
		}
		return insert(this.slots, hash);
	}

	private boolean insert(long[] table, long hash) {
		int mask = table.length - 1;
		int index = (int) (hash ^ (hash >>> 32)) & mask;
		while (table[index] != 0) {
			if (table[index] == hash) {
				return false;
			}
			index = (index + 1) & mask;
		}
		table[index] = hash;
		if (table == this.slots) {
			this.size++;
		}
		return true;
	}

	private void grow() {
		long[] old = this.slots;
		this.slots = new long[old.length * 2];
		Arrays.stream(old).filter((hash) -> hash != 0).forEach((hash) -> insert(this.slots, hash));
		this.size = (int) Arrays.stream(this.slots).filter((hash) -> hash != 0).count();
	}

	/**
	 * FNV-1a over the UTF-8 bytes, finished with the MurmurHash3 mixer.
	 */
	private static long hash(String key) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
			hash ^= (b & 0xff);
			hash *= 0x100000001b3L;
		}
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		hash *= 0xc4ceb9fe1a85ec53L;
		hash ^= hash >>> 33;
		return hash;
	}

}
