package dev.watchtower.ingestion.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lower-case hexadecimal (as {@link HexFormat#of()} writes it), the form in
 * which checksums are stored in the lake and the database: of bytes, of a text's UTF-8
 * bytes, or of content fed in parts to a {@link #newDigest() digest}.
 */
public final class Sha256 {

	private static final HexFormat HEX = HexFormat.of();

	private Sha256() {
	}

	/**
	 * The SHA-256 of some bytes.
	 * @param bytes the content
	 * @return the digest, 64 lower-case hexadecimal digits
	 */
	public static String hex(byte[] bytes) {
		return HEX.formatHex(newDigest().digest(bytes));
	}

	/**
	 * The SHA-256 of a text's UTF-8 bytes.
	 * @param text the content
	 * @return the digest, 64 lower-case hexadecimal digits
	 */
	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Completes a digest fed in parts: the same as {@link #hex(byte[])} of the parts
	 * joined in the order they were fed. The digest is reset and can be used again.
	 * @param digest a digest from {@link #newDigest()}
	 * @return the digest, 64 lower-case hexadecimal digits
	 */
	public static String hex(MessageDigest digest) {
		return HEX.formatHex(digest.digest());
	}

	/**
	 * A fresh SHA-256 digest, for content read in blocks or in several parts; complete it
	 * with {@link #hex(MessageDigest)}.
	 * @return a new digest (not thread-safe)
	 */
	public static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
