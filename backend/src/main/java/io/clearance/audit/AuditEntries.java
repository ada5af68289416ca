package io.clearance.audit;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AuditEntries extends JpaRepository<AuditEntry, Long> {

	List<AuditEntry> findByPostIdOrderBySequenceAsc(long postId);

	List<AuditEntry> findByIncidentIdOrderBySequenceAsc(long incidentId);

	List<AuditEntry> findAllByOrderBySequenceAsc();

	List<AuditEntry> findByTypeOrderBySequenceAsc(String type);

	Optional<AuditEntry> findTopByOrderBySequenceDesc();

	/** Locks the head row so that appends from concurrent transactions (and nodes) form one chain. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from AuditHead h where h.id = 1")
	Optional<AuditHead> lockHead();
}
