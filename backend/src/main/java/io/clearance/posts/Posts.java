package io.clearance.posts;

import java.time.Instant;
import java.util.Collection;
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

	/** Id, kind, status, start of the current text and one platform: one row per post and platform. */
	@Query("select p.id, p.kind, p.status, substring(r.text, 1, " + PostSummary.EXCERPT_LENGTH + "), pl"
			+ " from Post p join p.revisions r join p.platforms pl"
			+ " where r.number = p.currentRevision and p.id in :ids")
	List<Object[]> summaryRows(@Param("ids") Collection<Long> ids);

	/**
	 * Post id, route and finding category (null without findings) of each post's latest screening, if that screened
	 * the current revision.
	 */
	@Query("select distinct p.id, s.route, f.category from ScreeningRecord s join s.post p left join s.findings f"
			+ " where p.id in :ids and s.revision = p.currentRevision"
			+ " and s.id = (select max(s2.id) from ScreeningRecord s2 where s2.post.id = s.post.id)")
	List<Object[]> latestScreeningCategories(@Param("ids") Collection<Long> ids);

	/** Every finding of the screenings run at or after {@code since}: when, category, pack and rule. */
	@Query("select new io.clearance.posts.ScreenedFinding(s.screenedAt, f.category, f.pack, f.ruleId)"
			+ " from ScreeningRecord s join s.findings f where s.screenedAt >= :since")
	List<ScreenedFinding> findingsScreenedSince(@Param("since") Instant since);

	/** The kind of a post, without loading the aggregate. */
	@Query("select p.kind from Post p where p.id = :id")
	java.util.Optional<io.clearance.screening.PostKind> kindOf(@Param("id") long id);

	/** Posts whose current revision references the consent. */
	@Query("select distinct p from Post p join p.revisions r join r.consentIds c "
			+ "where r.number = p.currentRevision and c = :consentId")
	List<Post> findUsingConsent(@Param("consentId") String consentId);
}
