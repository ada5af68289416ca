package io.clearance.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Publications extends JpaRepository<Publication, Long> {

	/**
	 * Written in JPQL, not derived from the method name: Hibernate 6.6 keeps the plan of a JPQL string, but translates
	 * a derived (Criteria) query again at every call, and this one runs for every destination of every publication.
	 */
	@Query("select p from Publication p where p.idempotencyKey = :key")
	Optional<Publication> findByIdempotencyKey(@Param("key") String idempotencyKey);

	List<Publication> findByPostIdOrderByIdAsc(long postId);

	List<Publication> findByStatusAndAccountIdNotNullAndPublishedAtAfterOrderByIdAsc(PublicationStatus status,
			java.time.Instant publishedAfter);
}
