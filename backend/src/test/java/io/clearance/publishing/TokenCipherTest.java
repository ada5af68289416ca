package io.clearance.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearance.shared.InvalidRequestException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

	private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	private static TokenCipher cipher(String key) {
		return new TokenCipher(new PublishingProperties(key, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofHours(1),
				Duration.ofDays(30)));
	}

	@Test
	void sealsATokenThatOnlyTheSameKeyOpens() {
		String sealed = cipher(KEY).encrypt("token-123");
		assertThat(sealed).startsWith("v1:").doesNotContain("token-123");
		assertThat(cipher(KEY).encrypt("token-123")).as("a fresh nonce each time").isNotEqualTo(sealed);
		assertThat(cipher(KEY).decrypt(sealed)).isEqualTo("token-123");
		assertThatThrownBy(() -> cipher("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=").decrypt(sealed))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be decrypted");
	}

	@Test
	void withoutAKeyATokenIsRefusedWithAClearProblem() {
		assertThat(cipher(null).hasKey()).isFalse();
		assertThatThrownBy(() -> cipher("").encrypt("token")).isInstanceOfSatisfying(InvalidRequestException.class,
				e -> {
					assertThat(e.problemType()).isEqualTo("token-key-missing");
					assertThat(e.getMessage()).contains("CLEARANCE_TOKEN_KEY");
				});
	}

	@Test
	void aKeyOfTheWrongSizeStopsTheStart() {
		assertThatThrownBy(() -> cipher("c2hvcnQ=")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("256-bit");
	}
}
