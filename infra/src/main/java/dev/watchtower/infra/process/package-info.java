/**
 * Records of the operating-system processes the launchers start, so that a run killed
 * with {@code kill -9} is detected and cleaned up by the next one.
 */
@NullMarked
package dev.watchtower.infra.process;

import org.jspecify.annotations.NullMarked;
