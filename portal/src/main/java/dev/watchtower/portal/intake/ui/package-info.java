/**
 * Views of the intake: uploads with progress, batch runs, receipts, and a receipt's
 * rejected records with filters and exports.
 */
@NullMarked
package dev.watchtower.portal.intake.ui;

import org.jspecify.annotations.NullMarked;
