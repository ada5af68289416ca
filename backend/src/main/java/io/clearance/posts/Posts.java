package io.clearance.posts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The repository of posts. */
interface Posts extends JpaRepository<Post, Long> {

	List<Post> findByAuthorOrderByIdDesc(String author);

	List<Post> findByAuthorAndStatusOrderByIdDesc(String author, PostStatus status);

	List<Post> findAllByOrderByIdDesc();

	List<Post> findByStatusOrderByIdDesc(PostStatus status);

	/** Posts whose current revision references the consent. */
	@Query("select distinct p from Post p join p.revisions r join r.consentIds c "
			+ "where r.number = p.currentRevision and c = :consentId")
	List<Post> findUsingConsent(@Param("consentId") String consentId);
}
