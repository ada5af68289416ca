package io.clearance.rulepacks;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The repository of dismissals. */
interface Dismissals extends JpaRepository<Dismissal, Long> {

	boolean existsByPostIdAndRevisionAndPackAndRuleIdAndStartOffsetAndEndOffset(long postId, int revision, String pack,
			String ruleId, int startOffset, int endOffset);

	List<Dismissal> findByPostIdOrderByDismissedAtAscIdAsc(long postId);

	List<Dismissal> findByPostIdInOrderByDismissedAtAscIdAsc(Collection<Long> postIds);

	@Query("select d.pack, d.ruleId, count(d) from Dismissal d group by d.pack, d.ruleId")
	List<Object[]> countByRule();
}
