package io.clearance.publishing;

import jakarta.persistence.QueryHint;
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
	 * The publications of one revision of a post, in one query (their media descriptions fetched with them):
	 * publishing reads every destination's record of earlier runs before it makes the missing ones, and loads the
	 * records again to write the outcomes of a run. By post and revision rather than by a list of keys or ids: a
	 * record's key is made of its post and revision, so this finds the same records, and Hibernate 6.6 translates a
	 * query with a list parameter ({@code in :keys}) to SQL again at every call (2.6 % of a post's CPU in the
	 * engine benchmark, docs/benchmarks.md, Engine), while it keeps the translation of this one. It does not flush
	 * first ({@code COMMIT} flush mode): publishing reads them in transactions in which no publication has been
	 * changed yet, so a flush could not change the answer, and the automatic flush would only dirty-check the post
	 * aggregate the job's transaction holds.
	 */
	@Query("select distinct p from Publication p left join fetch p.mediaDescriptions"
			+ " where p.postId = :postId and p.revision = :revision")
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
	List<Publication> findOfRevision(@Param("postId") long postId, @Param("revision") int revision);

	List<Publication> findByPostIdOrderByIdAsc(long postId);

	List<Publication> findByStatusAndAccountIdNotNullAndPublishedAtAfterOrderByIdAsc(PublicationStatus status,
			java.time.Instant publishedAfter);
}
