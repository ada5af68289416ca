package io.clearance.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntries extends JpaRepository<AuditEntry, Long> {

	List<AuditEntry> findByPostIdOrderBySequenceAsc(long postId);

	List<AuditEntry> findByIncidentIdOrderBySequenceAsc(long incidentId);

	List<AuditEntry> findAllByOrderBySequenceAsc();

	List<AuditEntry> findByTypeOrderBySequenceAsc(String type);

	Optional<AuditEntry> findTopByOrderBySequenceDesc();
}
