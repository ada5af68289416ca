package io.clearance.publishing;

import io.clearance.posts.AccountCheck;
import io.clearance.screening.Platform;
import io.clearance.shared.InvalidRequestException;
import io.clearance.shared.NotFoundException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connected platform accounts: administrators connect and disconnect them, authors choose them for their posts, the
 * publishing service hands their decrypted credentials to the connectors and to nobody else.
 */
@Service
@Transactional
public class AccountService implements AccountCheck {

	private final Accounts accounts;

	private final TokenCipher cipher;

	private final Clock clock;

	AccountService(Accounts accounts, TokenCipher cipher, Clock clock) {
		this.accounts = accounts;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** What an administrator enters to connect an account; {@code token} is stored encrypted only. */
	public record Connection(Network network, String displayName, String platformAccountId, String apiBaseUrl,
			String token) {
	}

	public Account connect(Connection connection, String by) {
		if (connection.network() == null) {
			throw new InvalidRequestException("invalid-account", "An account needs its network: one of "
					+ List.of(Network.values()) + ".");
		}
		String baseUrl = blankToNull(connection.apiBaseUrl());
		if (baseUrl != null) {
			requireHttpUrl(baseUrl);
		}
		else if (connection.network().defaultApiBaseUrl() == null) {
			throw new InvalidRequestException("invalid-account", connection.network()
					+ " accounts need apiBaseUrl: the instance's address, e.g. https://mastodon.social.");
		}
		String token = blankToNull(connection.token());
		String sealed = token == null ? null : cipher.encrypt(token);
		return accounts.save(new Account(connection.network(), connection.displayName().strip(),
				connection.platformAccountId().strip(), baseUrl, sealed, by, clock.instant()));
	}

	/** Disconnects: the account is no longer offered, its token is wiped, its publications stay on record. */
	public Account disconnect(long id) {
		Account account = get(id);
		if (account.active()) {
			account.disconnect(clock.instant());
		}
		return account;
	}

	@Transactional(readOnly = true)
	public List<Account> list() {
		return accounts.findByActiveTrueOrderByIdAsc();
	}

	@Transactional(readOnly = true)
	public Account get(long id) {
		return accounts.findById(id).orElseThrow(() -> new NotFoundException("There is no account " + id + "."));
	}

	@Override
	@Transactional(readOnly = true)
	public void requireUsable(Collection<Long> accountIds, Collection<Platform> platforms) {
		for (Long id : accountIds) {
			Account account = id == null ? null : accounts.findById(id).orElse(null);
			if (account == null || !account.active()) {
				throw new InvalidRequestException("unknown-account", "There is no connected account " + id + ".");
			}
			if (platforms == null || !platforms.contains(account.platform())) {
				throw new InvalidRequestException("account-platform-mismatch", "Account " + id + " ("
						+ account.displayName() + ", " + account.network() + ") publishes on " + account.platform()
						+ ", which is not among the post's platforms.");
			}
		}
	}

	/**
	 * The account's connector target with the token decrypted: only for the publishing service's call to a platform.
	 */
	Publisher.Target targetOf(Account account) {
		if (!account.active()) {
			throw PlatformException.permanent("account " + account.id() + " (" + account.displayName()
					+ ") was disconnected");
		}
		if (!account.hasToken()) {
			throw PlatformException.permanent("account " + account.id() + " (" + account.displayName()
					+ ") has no token: reconnect it with one");
		}
		String token;
		try {
			token = cipher.decrypt(account.tokenCiphertext());
		}
		catch (IllegalStateException e) {
			throw PlatformException.permanent("account " + account.id() + ": " + e.getMessage());
		}
		return new Publisher.Target(account.platform(), account.id(), account.platformAccountId(),
				account.apiBaseUrl(), token);
	}

	private static void requireHttpUrl(String url) {
		try {
			URI uri = new URI(url);
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
				throw new URISyntaxException(url, "not an http(s) URL");
			}
		}
		catch (URISyntaxException e) {
			throw new InvalidRequestException("invalid-account", "apiBaseUrl must be an http(s) URL: " + url);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
