package io.clearance.crisis;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The repository of incidents. */
interface Incidents extends JpaRepository<Incident, Long> {

	List<Incident> findAllByOrderByIdDesc();

	List<Incident> findByStatusOrderByIdDesc(IncidentStatus status);

	/**
	 * Open incidents, the earliest declared first. JPQL rather than derived: the freeze check of every publication runs
	 * it, and Hibernate 6.6 keeps the plan of a JPQL string but translates a derived (Criteria) query at every call.
	 */
	@Query("select i from Incident i where i.status = :status order by i.id asc")
	List<Incident> findByStatusOrderByIdAsc(@Param("status") IncidentStatus status);

	/** Incidents holding the post now. */
	@Query("select distinct h.incident from Hold h where h.postId = :postId and h.releasedAt is null")
	List<Incident> holding(long postId);

	/** Takes the freeze lock until the transaction ends (see {@link FreezeLock}). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from FreezeLock f where f.id = 1")
	Optional<FreezeLock> lockFreeze();
}
