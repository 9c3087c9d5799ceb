package dev.watchtower.portal.notice;

/**
 * The result of checking a PDF against the issued notices.
 */
public sealed interface NoticeVerification {

	/**
	 * The SHA-256 of the checked file.
	 * @return the checksum in hex
	 */
	String sha256();

	/**
	 * The file is, byte for byte, the PDF of an issued notice.
	 *
	 * @param notice the notice
	 * @param sha256 the checksum
	 */
	record Genuine(Notice notice, String sha256) implements NoticeVerification {
	}

	/**
	 * No issued notice has this file: it was changed, or never issued here.
	 *
	 * @param sha256 the checksum
	 */
	record Unknown(String sha256) implements NoticeVerification {
	}

}
