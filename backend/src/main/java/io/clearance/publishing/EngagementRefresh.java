package io.clearance.publishing;

import io.clearance.publishing.Publisher.Engagement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fetches the engagement figures (likes, shares, comments, reach where the API gives them) of every publication made
 * through a connected account within {@code clearance.publishing.engagement-window}, every
 * {@code clearance.publishing.engagement-interval}, and keeps the latest on the publication. A platform that fails
 * is skipped until the next round. Each node of a cluster fetches on its own (reads only: harmless, just repeated).
 */
@Component
public class EngagementRefresh {

	private static final Logger log = LoggerFactory.getLogger(EngagementRefresh.class);

	private final Publications publications;

	private final AccountService accounts;

	private final List<Publisher> publishers;

	private final PublishingProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	EngagementRefresh(Publications publications, AccountService accounts, List<Publisher> publishers,
			PublishingProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.publications = publications;
		this.accounts = accounts;
		this.publishers = publishers;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${clearance.publishing.engagement-interval:1h}",
			fixedDelayString = "${clearance.publishing.engagement-interval:1h}")
	void scheduled() {
		refresh();
	}

	/** @return how many publications got fresh figures */
	public int refresh() {
		Instant now = clock.instant();
		int refreshed = 0;
		for (Publication publication : publications.findByStatusAndAccountIdNotNullAndPublishedAtAfterOrderByIdAsc(
				PublicationStatus.PUBLISHED, now.minus(properties.engagementWindow()))) {
			try {
				Account account = accounts.get(publication.accountId());
				Optional<Engagement> figures = publishers.stream()
					.filter(p -> Objects.equals(p.network(), account.network()))
					.findFirst()
					.flatMap(p -> p.engagement(accounts.targetOf(account), publication.externalId()));
				if (figures.isPresent()) {
					transaction.executeWithoutResult(status -> publications.findById(publication.id()).orElseThrow()
						.engagement(figures.get(), clock.instant()));
					refreshed++;
				}
			}
			catch (RuntimeException e) {
				log.info("Engagement of publication {} not fetched: {}", publication.id(), e.getMessage());
			}
		}
		return refreshed;
	}
}
