/**
 * Spring Batch intake of filing files from many institutions into the Delta tables; one
 * package per job, the rejects store shared by all.
 */
@NullMarked
package dev.watchtower.batch;

import org.jspecify.annotations.NullMarked;
