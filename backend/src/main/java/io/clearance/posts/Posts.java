package io.clearance.posts;

import java.time.Instant;
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

	List<Post> findByUpdatedAtGreaterThanEqualOrderByIdAsc(Instant since);

	/** Each finding once per post and revision, however often the revision was screened. */
	@Query("select distinct s.post.id, s.revision, f.pack, f.ruleId, f.startOffset, f.endOffset"
			+ " from ScreeningRecord s join s.findings f")
	List<Object[]> distinctRecordedFindings();

	/** Posts whose current revision references the consent. */
	@Query("select distinct p from Post p join p.revisions r join r.consentIds c "
			+ "where r.number = p.currentRevision and c = :consentId")
	List<Post> findUsingConsent(@Param("consentId") String consentId);
}
