package io.clearance.publishing;

import io.clearance.posts.Post;
import io.clearance.posts.PostContent;
import io.clearance.posts.PostService;
import io.clearance.publishing.Publisher.Outgoing;
import io.clearance.publishing.Publisher.PublishedPost;
import io.clearance.publishing.Publisher.Target;
import io.clearance.screening.Platform;
import io.clearance.shared.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes an approved post on each of its platforms: through each account the post chose on that platform, or
 * through the platform's default (the sandbox) when it chose none. The attempts on every destination are committed
 * (one new transaction) before the first call to a platform. The successes of a run in which every call succeeds
 * commit with the job (and the post's PUBLISHED); once a call fails, the successes before it are committed with that
 * failure (a new transaction, as the job's own rolls back), and every later outcome on its own right after its call.
 * So a retry of the whole job skips every publication whose success was recorded; a crash or a lost answer between a
 * call and the commit of its outcome leaves a PENDING or FAILED record, and the retry asks the connector to look for
 * the earlier post before posting again (and sends the same idempotency key where the platform honours one).
 */
@Service
public class PublishingService {

	private static final Logger log = LoggerFactory.getLogger(PublishingService.class);

	private final PostService posts;

	private final Publications publications;

	private final AccountService accounts;

	private final List<Publisher> publishers;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	PublishingService(PostService posts, Publications publications, AccountService accounts,
			List<Publisher> publishers, PlatformTransactionManager transactionManager, Clock clock) {
		this.posts = posts;
		this.publications = publications;
		this.accounts = accounts;
		this.publishers = publishers;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
		this.clock = clock;
	}

	/** One place a post goes: a platform, through an account or (null) the platform's default. */
	private record Destination(Platform platform, Account account) {

		String describe() {
			return account == null ? platform.name() : platform + " account " + account.id() + " ("
					+ account.displayName() + ")";
		}
	}

	/**
	 * Publishes the post everywhere it is not yet published, then marks it PUBLISHED. Every destination is tried;
	 * when any fails, the failure says whether to retry (and not before when), and a permanent refusal is recorded on
	 * the publication and in the post's history.
	 */
	@Transactional
	public void publish(long postId) {
		Post post = posts.get(postId);
		post.requirePublishable();
		int revision = post.currentRevision().number();
		PostContent content = post.currentRevision().content();
		List<String> failures = new ArrayList<>();
		boolean retryable = true;
		Instant notBefore = null;
		Throwable firstCause = null;
		List<Destination> destinations = destinations(post);
		// Every attempt is committed before the first platform is called: one transaction for all destinations
		// (a crash between two calls leaves the later ones PENDING, which a retry treats like any earlier attempt).
		// The records of earlier runs are read in one query for all destinations.
		List<Publication> attempts = newTransaction.execute(status -> {
			List<String> keys = destinations.stream().map(destination -> keyOf(postId, revision, destination)).toList();
			Map<String, Publication> earlier = new HashMap<>();
			publications.findOfRevision(postId, revision).forEach(p -> earlier.put(p.idempotencyKey(), p));
			List<Publication> records = new ArrayList<>();
			for (int i = 0; i < destinations.size(); i++) {
				Destination destination = destinations.get(i);
				Long accountId = destination.account() == null ? null : destination.account().id();
				Publication p = earlier.get(keys.get(i));
				if (p == null) {
					p = new Publication(postId, revision, destination.platform(), accountId);
				}
				if (p.status() != PublicationStatus.PUBLISHED) {
					p.attempt(clock.instant());
				}
				records.add(publications.save(p));
			}
			return records;
		});
		// Successes not yet recorded: while every call succeeds they wait for the job's own transaction, which
		// commits them together with PUBLISHED (if that commit fails or the node dies first, they stay PENDING and
		// the retry looks for these posts before posting again, as after any lost answer). One transaction per
		// publication fewer than recording each at once (docs/benchmarks.md, Engine).
		List<Success> unrecorded = new ArrayList<>();
		for (int i = 0; i < destinations.size(); i++) {
			Destination destination = destinations.get(i);
			Publication publication = attempts.get(i);
			if (publication.status() == PublicationStatus.PUBLISHED) {
				continue;
			}
			try {
				Target target = targetOf(destination);
				Outgoing outgoing = new Outgoing(publication.idempotencyKey(), content.text(),
						content.mediaDescriptions(), publication.attempts() > 1);
				PublishedPost out = publisherFor(destination).publishOnce(target, outgoing);
				Success success = new Success(publication.id(), out, content);
				if (failures.isEmpty()) {
					unrecorded.add(success);
				}
				else {
					// the job will fail and roll back: recorded at once, so that its retry skips this publication
					newTransaction.executeWithoutResult(
							status -> recordAll(postId, revision, new ArrayList<>(List.of(success))));
				}
			}
			catch (PlatformException e) {
				boolean permanent = !e.retryable();
				newTransaction.executeWithoutResult(status -> {
					recordAll(postId, revision, unrecorded);
					publications.findById(publication.id()).orElseThrow().failed(e.getMessage(), permanent);
					if (permanent) {
						posts.publishingFailed(postId, "not published on " + destination.describe() + ": "
								+ e.getMessage());
					}
				});
				failures.add(destination.describe() + ": " + e.getMessage());
				retryable &= e.retryable();
				Instant wait = e.retryNotBefore().orElse(null);
				if (wait != null && (notBefore == null || wait.isAfter(notBefore))) {
					notBefore = wait;
				}
				firstCause = firstCause == null ? e : firstCause;
			}
			catch (RuntimeException e) {
				log.warn("Publishing post {} on {} failed unexpectedly", postId, destination.describe(), e);
				newTransaction.executeWithoutResult(status -> {
					recordAll(postId, revision, unrecorded);
					publications.findById(publication.id()).orElseThrow().failed(e.getMessage(), false);
				});
				failures.add(destination.describe() + ": " + e.getMessage());
				firstCause = firstCause == null ? e : firstCause;
			}
		}
		if (!failures.isEmpty()) {
			throw new PublishingFailedException("Publishing post " + postId + " failed on " + String.join("; ",
					failures), retryable, notBefore, firstCause);
		}
		recordAll(postId, revision, unrecorded);
		posts.published(postId);
	}

	/** A call to a platform that succeeded, waiting to be recorded on its publication. */
	private record Success(long publicationId, PublishedPost out, PostContent content) {
	}

	/**
	 * Records the successes waiting to be recorded, in the current transaction (their publications read in one
	 * query, with the post's other records of the revision), and forgets them.
	 */
	private void recordAll(long postId, int revision, List<Success> unrecorded) {
		if (unrecorded.isEmpty()) {
			return;
		}
		Map<Long, Publication> loaded = new HashMap<>();
		publications.findOfRevision(postId, revision).forEach(p -> loaded.put(p.id(), p));
		for (Success success : unrecorded) {
			Publication publication = loaded.get(success.publicationId());
			if (publication == null) {
				throw new java.util.NoSuchElementException("publication " + success.publicationId() + " is gone");
			}
			publication.succeeded(success.out().externalId(), success.out().url(), success.content().text(),
					success.content().mediaDescriptions(), clock.instant());
		}
		unrecorded.clear();
	}

	private static String keyOf(long postId, int revision, Destination destination) {
		return destination.account() == null ? Publication.keyOf(postId, revision, destination.platform())
				: Publication.keyOf(postId, revision, destination.account().id());
	}

	/**
	 * Deletes the post on every platform where it went out (takedown), records each publication as TAKEN_DOWN and
	 * the takedown in the post's history. A platform that refuses leaves its publication as it was, and the call
	 * fails with the platform's message (what was deleted stays deleted; calling again finishes the rest). Not one
	 * transaction: each deletion on a platform is recorded as soon as it is done.
	 */
	public List<Publication> takeDown(long postId, String by, String reason) {
		List<String> done = deleteEverywhere(postId);
		posts.takenDown(postId, by, "deleted through the platforms' APIs on " + String.join(", ", done)
				+ (reason == null || reason.isBlank() ? "" : ": " + reason));
		return publications.findByPostIdOrderByIdAsc(postId);
	}

	/**
	 * Deletes the post on every platform where it is published and marks those publications TAKEN_DOWN, without
	 * recording anything on the post (for callers that record the takedown themselves, like a crisis correction).
	 *
	 * @return where it was deleted
	 */
	public List<String> deleteEverywhere(long postId) {
		posts.get(postId);
		List<Publication> published = publications.findByPostIdOrderByIdAsc(postId).stream()
			.filter(p -> p.status() == PublicationStatus.PUBLISHED)
			.toList();
		if (published.isEmpty()) {
			throw new ConflictException("nothing-to-take-down", "Post " + postId + " is not published anywhere.");
		}
		List<String> done = new ArrayList<>();
		for (Publication publication : published) {
			Account account = publication.accountId() == null ? null : accounts.get(publication.accountId());
			Destination destination = new Destination(publication.platform(), account);
			try {
				publisherFor(destination).delete(targetOf(destination), publication.externalId());
			}
			catch (PlatformException e) {
				throw new ConflictException("takedown-failed", "Post " + postId + " could not be deleted on "
						+ destination.describe() + ": " + e.getMessage()
						+ (done.isEmpty() ? "" : " (already deleted on " + String.join(", ", done) + ")"));
			}
			newTransaction.executeWithoutResult(
					status -> publications.findById(publication.id()).orElseThrow().takenDown());
			done.add(destination.describe());
		}
		return done;
	}

	@Transactional(readOnly = true)
	public List<Publication> publicationsOf(long postId) {
		return publications.findByPostIdOrderByIdAsc(postId);
	}

	private List<Destination> destinations(Post post) {
		List<Account> chosen = post.accountIds().stream().sorted().map(accounts::get).toList();
		List<Destination> destinations = new ArrayList<>();
		for (Platform platform : post.platforms()) {
			List<Account> onPlatform = chosen.stream().filter(a -> a.platform() == platform).toList();
			if (onPlatform.isEmpty()) {
				destinations.add(new Destination(platform, null));
			}
			else {
				onPlatform.forEach(a -> destinations.add(new Destination(platform, a)));
			}
		}
		return destinations;
	}

	private Target targetOf(Destination destination) {
		return destination.account() == null ? new Target(destination.platform(), null, null, null, null)
				: accounts.targetOf(destination.account());
	}

	private Publisher publisherFor(Destination destination) {
		Network network = destination.account() == null ? null : destination.account().network();
		return publishers.stream()
			.filter(p -> Objects.equals(p.network(), network))
			.findFirst()
			.orElseThrow(() -> PlatformException.permanent("no connector is configured for "
					+ (network == null ? "the sandbox" : network)));
	}
}
