package dev.watchtower.ingestion.validation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Collects the findings of one record while it is read and checked.
 */
public final class Findings {

	private final List<Finding> items = new ArrayList<>();

	public void add(Rule rule, String path, @Nullable Object value, Object... extra) {
		this.items.add(Finding.of(rule, path, value, extra));
	}

	public void add(Finding finding) {
		this.items.add(finding);
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	public List<Finding> list() {
		return List.copyOf(this.items);
	}

	public boolean has(Rule rule) {
		return this.items.stream().anyMatch((finding) -> finding.rule() == rule);
	}

	/**
	 * Whether a finding is already recorded for a field, so later checks do not repeat
	 * it.
	 * @param path the dotted path
	 * @return true when the field has a finding
	 */
	public boolean touches(String path) {
		return this.items.stream().anyMatch((finding) -> finding.path().equals(path));
	}

}
