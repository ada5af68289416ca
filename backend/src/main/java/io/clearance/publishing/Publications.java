package io.clearance.publishing;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface Publications extends JpaRepository<Publication, Long> {

	/**
	 * Written in JPQL, not derived from the method name: Hibernate 6.6 keeps the plan of a JPQL string, but translates
	 * a derived (Criteria) query again at every call, and this one runs for every destination of every publication.
	 */
	@Query("select p from Publication p where p.idempotencyKey = :key")
	Optional<Publication> findByIdempotencyKey(@Param("key") String idempotencyKey);

	/**
	 * The publications with these keys, in one query for all of a post's destinations (their media descriptions
	 * fetched with them): publishing asks for every destination's record before it makes the missing ones.
	 */
	@Query("select distinct p from Publication p left join fetch p.mediaDescriptions where p.idempotencyKey in :keys")
	List<Publication> findByIdempotencyKeyIn(@Param("keys") Collection<String> idempotencyKeys);

	/**
	 * The publications with these ids, in one query (their media descriptions fetched with them), for recording the
	 * outcomes of a publishing run. It does not flush first ({@code COMMIT} flush mode): publishing loads them into a
	 * transaction in which no publication has been changed, so a flush could not change the answer, and the
	 * automatic flush would only dirty-check the post aggregate the transaction holds.
	 */
	@Query("select distinct p from Publication p left join fetch p.mediaDescriptions where p.id in :ids")
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
	List<Publication> findByIdIn(@Param("ids") Collection<Long> ids);

	List<Publication> findByPostIdOrderByIdAsc(long postId);

	List<Publication> findByStatusAndAccountIdNotNullAndPublishedAtAfterOrderByIdAsc(PublicationStatus status,
			java.time.Instant publishedAfter);
}
