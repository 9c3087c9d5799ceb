package dev.watchtower.ingestion.intake;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without ever holding more than one bounded line: a line
 * longer than the limit is reported as oversized and skipped up to its newline.
 */
final class LineScanner {

	private final InputStream in;

	private final int maxLineBytes;

	private final byte[] buffer;

	private int start;

	private int limit;

	private boolean eof;

	private long lineNumber;

	private int lineStart;

	private int lineLength;

	private boolean oversized;

	LineScanner(InputStream in, int maxLineBytes) {
		this.in = in;
		this.maxLineBytes = maxLineBytes;
		this.buffer = new byte[maxLineBytes + 65_536];
	}

	/**
	 * Moves to the next line.
	 * @return false at the end of input
	 * @throws IOException when the stream fails
	 */
	boolean next() throws IOException {
		this.oversized = false;
		int scanFrom = this.start;
		while (true) {
			int newline = indexOfNewline(scanFrom, this.limit);
			if (newline >= 0) {
				this.lineNumber++;
				emit(this.start, newline);
				this.start = newline + 1;
				return true;
			}
			if (this.eof) {
				if (this.start < this.limit) {
					this.lineNumber++;
					emit(this.start, this.limit);
					this.start = this.limit;
					return true;
				}
				return false;
			}
			if (this.limit - this.start > this.maxLineBytes) {
				this.lineNumber++;
				skipRestOfLine();
				this.oversized = true;
				this.lineStart = 0;
				this.lineLength = 0;
				return true;
			}
			scanFrom = compactAndFill();
		}
	}

	private void emit(int from, int newline) {
		int end = newline;
		if (end > from && this.buffer[end - 1] == '\r') {
			end--;
		}
		this.lineStart = from;
		this.lineLength = end - from;
	}

	private int indexOfNewline(int from, int to) {
		byte[] bytes = this.buffer;
		for (int i = from; i < to; i++) {
			if (bytes[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Moves the unread bytes to the front and reads more.
	 * @return where scanning for a newline should resume
	 */
	private int compactAndFill() throws IOException {
		int pending = this.limit - this.start;
		if (this.start > 0) {
			System.arraycopy(this.buffer, this.start, this.buffer, 0, pending);
			this.start = 0;
			this.limit = pending;
		}
		int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
		if (read < 0) {
			this.eof = true;
		}
		else {
			this.limit += read;
		}
		return pending;
	}

	private void skipRestOfLine() throws IOException {
		this.start = this.limit;
		while (true) {
			int read = this.in.read(this.buffer, 0, this.buffer.length);
			if (read < 0) {
				this.eof = true;
				this.start = 0;
				this.limit = 0;
				return;
			}
			int newline = indexOfNewline(0, read);
			if (newline >= 0) {
				this.start = newline + 1;
				this.limit = read;
				return;
			}
		}
	}

	byte[] buffer() {
		return this.buffer;
	}

	int lineStart() {
		return this.lineStart;
	}

	int lineLength() {
		return this.lineLength;
	}

	long lineNumber() {
		return this.lineNumber;
	}

	boolean oversized() {
		return this.oversized;
	}

}
