package io.clearance.audit;

import io.clearance.crisis.IncidentEvent;
import io.clearance.modeler.ProcessDeployed;
import io.clearance.posts.PostEvent;
import io.clearance.screening.RulePackChanged;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends an entry for every post event, in the transaction of the change itself: no change without its entry,
 * no entry without its change. Reading the trail and verifying the chain are the only other operations.
 * <p>
 * The chain's head row is locked (one chain across all nodes), so every audited transaction waits for the one
 * before it. The entries of a transaction are therefore collected as its events come and appended together just
 * before it commits: the lock is held for the commit, not for the rest of the transaction (profiling the engine
 * benchmark found the transactions queueing on this lock for much of their time).
 */
@Service
public class AuditTrail {

	private final AuditEntries entries;

	private final EntityManager entityManager;

	AuditTrail(AuditEntries entries, EntityManager entityManager) {
		this.entries = entries;
		this.entityManager = entityManager;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(PostEvent event) {
		append(event.postId(), null, event.type().name(), event.actor(), event.revision(), event.contentHash(),
				event.from() == null ? null : event.from().name(), event.to() == null ? null : event.to().name(),
				event.detail(), event.at());
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(IncidentEvent event) {
		append(event.postId(), event.incidentId(), event.type().name(), event.actor(), null, null,
				event.from() == null ? null : event.from().name(), event.to() == null ? null : event.to().name(),
				event.detail(), event.at());
	}

	/** A new process version from the modeler: key, version, definition, what changed, the modeler's comment. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ProcessDeployed event) {
		append(null, null, "PROCESS_DEPLOYED", event.actor(), null, null, null, null,
				event.key() + " version " + event.version() + " (" + event.definitionId() + "): " + event.changes()
						+ (event.comment() == null ? "" : "; comment: " + event.comment()),
				event.at());
	}

	/** A rule pack was switched on or off, or a new version was uploaded. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(RulePackChanged event) {
		append(null, null, "RULE_PACK_" + event.change().name(), event.actor(), null, null, null, null,
				event.packId() + (event.version() == null ? "" : " version " + event.version())
						+ (event.detail() == null ? "" : ": " + event.detail()),
				event.at());
	}

	/** Every entry of one type (e.g. PROCESS_DEPLOYED), oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> entriesOfType(String type) {
		return entries.findByTypeOrderBySequenceAsc(type);
	}

	private void append(Long postId, Long incidentId, String type, String actor, Integer revision,
			String contentHash, String from, String to, String detail, java.time.Instant at) {
		Pending entry = new Pending(postId, incidentId, type, actor, revision, contentHash, from, to, detail, at);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			appendNow(List.of(entry));
			return;
		}
		@SuppressWarnings("unchecked")
		List<Pending> pending = (List<Pending>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			List<Pending> batch = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(this, batch);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					appendNow(batch);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
				}
			});
			pending = batch;
		}
		pending.add(entry);
	}

	/**
	 * Locks the head and chains the entries to it, in order. The head is locked by loading it by id with a
	 * pessimistic write lock ({@code select ... where id = 1 for update}, as a locking query would): unlike a query, a
	 * load does not first flush the transaction's persistence context (Hibernate's automatic flush before a query
	 * dirty-checks every entity the transaction holds, the whole post aggregate, to find that nothing touches
	 * {@code audit_head}; that made the lock 7 % of a post's CPU in the engine benchmark, docs/benchmarks.md). Nothing
	 * of the transaction is written before the lock either way: its changes are flushed at the commit that follows.
	 */
	private void appendNow(List<Pending> batch) {
		if (batch.isEmpty()) {
			return;
		}
		AuditHead head = entityManager.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
		if (head == null) {
			throw new IllegalStateException("audit_head row missing");
		}
		for (Pending p : batch) {
			AuditEntry entry = new AuditEntry(head.lastSequence() + 1, p.postId(), p.incidentId(), p.type(), p.actor(),
					p.revision(), p.contentHash(), p.from(), p.to(), p.detail(), p.at(), head.lastHash());
			// persisted directly, as the repository's save of a new entry would (one Spring Data call fewer per entry)
			entityManager.persist(entry);
			head.advance(entry);
		}
		batch.clear();
	}

	private record Pending(Long postId, Long incidentId, String type, String actor, Integer revision,
			String contentHash, String from, String to, String detail, java.time.Instant at) {
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> historyOf(long postId) {
		return entries.findByPostIdOrderBySequenceAsc(postId);
	}

	/** Everything recorded about an incident: its declaration and close, and each publication it held or released. */
	@Transactional(readOnly = true)
	public List<AuditEntry> historyOfIncident(long incidentId) {
		return entries.findByIncidentIdOrderBySequenceAsc(incidentId);
	}

	/**
	 * Walks the whole chain and returns the sequence number of the first entry that does not match its hash or
	 * its predecessor, or empty when the chain is intact.
	 */
	@Transactional(readOnly = true)
	public long size() {
		return entries.count();
	}

	@Transactional(readOnly = true)
	public Optional<Long> firstBrokenEntry() {
		String previous = AuditEntry.GENESIS;
		long expected = 1;
		for (AuditEntry entry : entries.findAllByOrderBySequenceAsc()) {
			if (entry.sequence() != expected || !entry.previousHash().equals(previous)
					|| !entry.hash().equals(entry.computeHash())) {
				return Optional.of(entry.sequence());
			}
			previous = entry.hash();
			expected++;
		}
		return Optional.empty();
	}
}
