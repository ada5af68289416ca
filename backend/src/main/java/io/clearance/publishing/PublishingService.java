package io.clearance.publishing;

import io.clearance.posts.Post;
import io.clearance.posts.PostContent;
import io.clearance.posts.PostService;
import io.clearance.screening.Platform;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes an approved post on each of its platforms. Each platform's outcome is committed on its own
 * (a new transaction), before and after the call to the platform, so a retry of the whole job skips every
 * platform that already has the post, and a crash between the call and the commit leaves a PENDING record
 * that the connector's idempotency key makes safe to repeat.
 */
@Service
public class PublishingService {

	private final PostService posts;

	private final Publications publications;

	private final List<Publisher> publishers;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	PublishingService(PostService posts, Publications publications, List<Publisher> publishers,
			org.springframework.transaction.PlatformTransactionManager transactionManager, Clock clock) {
		this.posts = posts;
		this.publications = publications;
		this.publishers = publishers;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
		this.clock = clock;
	}

	/** Publishes the post everywhere it is not yet published, then marks it PUBLISHED. */
	@Transactional
	public void publish(long postId) {
		Post post = posts.get(postId);
		post.requirePublishable();
		int revision = post.currentRevision().number();
		PostContent content = post.currentRevision().content();
		for (Platform platform : post.platforms()) {
			Publication publication = newTransaction.execute(status -> {
				Publication p = publications.findByIdempotencyKey(Publication.keyOf(postId, revision, platform))
					.orElseGet(() -> new Publication(postId, revision, platform));
				if (p.status() != PublicationStatus.PUBLISHED) {
					p.attempt();
				}
				return publications.save(p);
			});
			if (publication.status() == PublicationStatus.PUBLISHED) {
				continue;
			}
			try {
				String externalId = publisherFor(platform).publish(platform, publication.idempotencyKey(),
						content.text(), content.mediaDescriptions());
				newTransaction.executeWithoutResult(status -> {
					Publication p = publications.findById(publication.id()).orElseThrow();
					p.succeeded(externalId, clock.instant());
				});
			}
			catch (RuntimeException e) {
				newTransaction.executeWithoutResult(status -> {
					Publication p = publications.findById(publication.id()).orElseThrow();
					p.failed(e.getMessage());
				});
				throw new PublishingFailedException(platform, e);
			}
		}
		posts.published(postId);
	}

	@Transactional(readOnly = true)
	public List<Publication> publicationsOf(long postId) {
		return publications.findByPostIdOrderByIdAsc(postId);
	}

	private Publisher publisherFor(Platform platform) {
		return publishers.stream()
			.filter(p -> p.supports(platform))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No publisher is configured for " + platform));
	}
}
