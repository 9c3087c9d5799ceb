/**
 * Views of supervisory notices: the list, the editor, a notice with its workflow and
 * history, and the check of a PDF against the issued notices.
 */
@NullMarked
package dev.watchtower.portal.notice.ui;

import org.jspecify.annotations.NullMarked;
