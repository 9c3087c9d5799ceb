/**
 * Views of cases: the search with facets and exports, and the case detail.
 */
@NullMarked
package dev.watchtower.portal.cases.ui;

import org.jspecify.annotations.NullMarked;
