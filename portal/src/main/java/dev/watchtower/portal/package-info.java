/**
 * The Watchtower portal: a Spring Boot and Vaadin Flow application whose feature packages
 * are Spring Modulith application modules.
 */
@NullMarked
package dev.watchtower.portal;

import org.jspecify.annotations.NullMarked;
