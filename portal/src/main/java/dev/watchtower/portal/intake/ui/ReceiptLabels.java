package dev.watchtower.portal.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import dev.watchtower.portal.intake.Receipt;
import dev.watchtower.portal.intake.StoredReceipt;
import org.jspecify.annotations.Nullable;

/**
 * How receipts read on screen.
 */
final class ReceiptLabels {

	private ReceiptLabels() {
	}

	static Span status(Component owner, @Nullable StoredReceipt stored) {
		String key;
		String theme;
		if (stored == null) {
			key = "intake.status.PENDING";
			theme = "badge contrast";
		}
		else if (stored.receipt().failed()) {
			key = stored.fileStillThere() ? "intake.status.FAILED" : "intake.status.RERUN";
			theme = "badge error";
		}
		else {
			key = (stored.receipt().rejected() > 0) ? "intake.status.PROCESSED_WITH_REJECTS"
					: "intake.status.PROCESSED";
			theme = (stored.receipt().rejected() > 0) ? "badge warning" : "badge success";
		}
		Span badge = new Span(owner.getTranslation(key));
		badge.getElement().getThemeList().add(theme);
		return badge;
	}

	static String counts(Component owner, Receipt receipt) {
		return owner.getTranslation("intake.receipt.counts", receipt.records(), receipt.written(), receipt.duplicates(),
				receipt.rejected());
	}

}
