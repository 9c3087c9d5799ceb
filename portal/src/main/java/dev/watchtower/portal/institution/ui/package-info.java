/**
 * The institution page.
 */
@NullMarked
package dev.watchtower.portal.institution.ui;

import org.jspecify.annotations.NullMarked;
