package io.clearance.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Publications extends JpaRepository<Publication, Long> {

	Optional<Publication> findByIdempotencyKey(String idempotencyKey);

	List<Publication> findByPostIdOrderByIdAsc(long postId);

	List<Publication> findByStatusAndAccountIdNotNullAndPublishedAtAfterOrderByIdAsc(PublicationStatus status,
			java.time.Instant publishedAfter);
}
