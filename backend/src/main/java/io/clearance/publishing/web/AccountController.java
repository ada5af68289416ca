package io.clearance.publishing.web;

import io.clearance.publishing.Account;
import io.clearance.publishing.AccountService;
import io.clearance.publishing.AccountService.Connection;
import io.clearance.publishing.Network;
import io.clearance.screening.Platform;
import io.clearance.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Connected platform accounts. Every signed-in user lists them (authors choose accounts for their posts);
 * administrators connect and disconnect them. The token goes in and never comes out: views say only whether there
 * is one.
 */
@RestController
@RequestMapping("/api/accounts")
class AccountController {

	private final AccountService accounts;

	AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	List<AccountView> list() {
		return accounts.list().stream().map(AccountView::of).toList();
	}

	@PostMapping
	ResponseEntity<AccountView> connect(@Valid @RequestBody AccountRequest request, Caller caller) {
		Account account = accounts.connect(new Connection(request.network(), request.displayName(),
				request.platformAccountId(), request.apiBaseUrl(), request.token()), caller.username());
		return ResponseEntity.created(URI.create("/api/accounts/" + account.id())).body(AccountView.of(account));
	}

	@DeleteMapping("/{id}")
	AccountView disconnect(@PathVariable long id) {
		return AccountView.of(accounts.disconnect(id));
	}

	/**
	 * @param platformAccountId the account's id on the platform: Mastodon account id, X user id, Facebook Page id,
	 * Instagram user id, LinkedIn author URN, YouTube video id
	 * @param apiBaseUrl the API's address when it is not the public one (required for Mastodon: the instance)
	 */
	record AccountRequest(@NotNull Network network, @NotBlank @Size(max = 200) String displayName,
			@NotBlank @Size(max = 500) String platformAccountId, @Size(max = 500) String apiBaseUrl,
			@Size(max = 4000) String token) {

		@Override
		public String toString() {
			return "AccountRequest[" + network + ", " + displayName + "]";
		}
	}

	record AccountView(long id, Network network, Platform platform, String displayName, String platformAccountId,
			String apiBaseUrl, boolean hasToken, boolean active, String connectedBy, Instant connectedAt) {

		static AccountView of(Account a) {
			return new AccountView(a.id(), a.network(), a.platform(), a.displayName(), a.platformAccountId(),
					a.apiBaseUrl(), a.hasToken(), a.active(), a.connectedBy(), a.connectedAt());
		}
	}
}
