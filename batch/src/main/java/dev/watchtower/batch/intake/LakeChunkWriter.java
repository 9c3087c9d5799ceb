package dev.watchtower.batch.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.watchtower.batch.inbox.IntakeManifest;
import dev.watchtower.batch.lake.Lake;
import dev.watchtower.batch.lake.LakeChunk;
import dev.watchtower.batch.lake.RunStamp;
import dev.watchtower.batch.ledger.FilingKey;
import dev.watchtower.batch.ledger.FilingLedger;
import dev.watchtower.batch.ledger.InstitutionRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes a chunk exactly once. The Delta commits of the chunk carry the transaction id
 * ({@code intake-RUN-TABLE}, chunk sequence); the ledger, the file counts and the
 * institution register are updated in the chunk's PostgreSQL transaction, together with
 * the reader position and the chunk sequence. Killed after the Delta commits but before
 * that transaction, the restarted run replays the chunk from the same position with the
 * same sequence: the same plan, and Delta skips the commits it already has.
 */
class LakeChunkWriter implements ItemStreamWriter<IntakeItem> {

	static final String SEQUENCE_KEY = "intake.writer.chunk";

	private static final Logger logger = LoggerFactory.getLogger(LakeChunkWriter.class);

	private final ChunkStores stores;

	private final UnexpectedRecords unexpected;

	private final RunStamp run;

	private final int receiptRejects;

	private long sequence;

	private final IntakeProgress progress;

	LakeChunkWriter(ChunkStores stores, UnexpectedRecords unexpected, RunStamp run, int receiptRejects,
			IntakeProgress progress) {
		this.stores = stores;
		this.unexpected = unexpected;
		this.run = run;
		this.receiptRejects = receiptRejects;
		this.progress = progress;
	}

	@Override
	public void open(ExecutionContext context) {
		this.sequence = this.progress.position(this.run.runId())
			.map(IntakeProgress.Position::chunkSequence)
			.orElse(context.getLong(SEQUENCE_KEY, 0));
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(SEQUENCE_KEY, this.sequence);
		this.progress.saveSequence(this.run.runId(), this.sequence);
	}

	@Override
	public void write(Chunk<? extends IntakeItem> chunk) {
		List<IntakeItem> items = new ArrayList<>(chunk.getItems());
		items.addAll(this.unexpected.drain());
		if (items.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		long next = this.sequence + 1;
		List<FilingKey> keys = items.stream()
			.filter(IntakeItem.Filed.class::isInstance)
			.map((item) -> ChunkPlan.key((IntakeItem.Filed) item))
			.distinct()
			.toList();
		ChunkPlan plan = ChunkPlan.of(items, this.stores.ledger().lookUp(keys), this.run);
		LakeChunk lakeChunk = plan.lakeChunk();
		long planned = System.nanoTime();
		long[] recorded = new long[1];
		Runnable bookkeeping = () -> {
			this.stores.ledger().record(plan.ledgerEntries());
			for (Map.Entry<Integer, ChunkPlan.Tally> entry : plan.tallies().entrySet()) {
				ChunkPlan.Tally tally = entry.getValue();
				this.stores.manifest().add(this.run.runId(), entry.getKey(), tally.counts(), tally.failure);
				this.stores.manifest()
					.keepRejects(this.run.runId(), entry.getKey(), tally.receipt, this.receiptRejects);
			}
			this.stores.institutions().merge(plan.institutions());
			recorded[0] = System.nanoTime();
		};
		if (lakeChunk.isEmpty()) {
			bookkeeping.run();
		}
		else {
			// The PostgreSQL statements run while the tables are written; they commit
			// with
			// the chunk's transaction, after every Delta commit of the chunk, as before.
			this.stores.lake().write(runKey(this.run.runId()), next, lakeChunk, bookkeeping);
		}
		this.sequence = next;
		long now = System.nanoTime();
		logger.info(
				"Chunk {} of run {}: {} records, {} to bronze, {} rejected ({} ms: plan {}, lake and PostgreSQL {}, of"
						+ " which PostgreSQL {})",
				next, this.run.runId(), items.size(), lakeChunk.filings().size(), lakeChunk.rejects().size(),
				(now - started) / 1_000_000, (planned - started) / 1_000_000, (now - planned) / 1_000_000,
				(recorded[0] - planned) / 1_000_000);
	}

	static String runKey(String runId) {
		return "intake-" + runId;
	}

	/**
	 * The stores a chunk writes to.
	 *
	 * @param lake the Delta tables
	 * @param ledger the filing ledger
	 * @param manifest the run manifest
	 * @param institutions the institution register
	 */
	record ChunkStores(Lake lake, FilingLedger ledger, IntakeManifest manifest, InstitutionRegister institutions) {
	}

}
