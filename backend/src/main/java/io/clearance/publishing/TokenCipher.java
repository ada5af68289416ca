package io.clearance.publishing;

import io.clearance.shared.InvalidRequestException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts account tokens at rest with AES-GCM (a fresh 96-bit nonce per token, 128-bit tag). The stored form is
 * {@code v1:base64(nonce || ciphertext)}; a token encrypted under another key fails to decrypt instead of yielding
 * garbage.
 */
@Component
class TokenCipher {

	private static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	TokenCipher(PublishingProperties properties) {
		this.key = keyOf(properties.tokenKey());
	}

	private static SecretKey keyOf(String base64) {
		if (base64 == null || base64.isBlank()) {
			return null;
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("clearance.publishing.token-key (CLEARANCE_TOKEN_KEY) is not base64");
		}
		if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
			throw new IllegalStateException("clearance.publishing.token-key (CLEARANCE_TOKEN_KEY) must be a 128-, 192- "
					+ "or 256-bit AES key, base64; it has " + bytes.length * 8 + " bits");
		}
		return new SecretKeySpec(bytes, "AES");
	}

	boolean hasKey() {
		return key != null;
	}

	String encrypt(String token) {
		if (key == null) {
			throw new InvalidRequestException("token-key-missing", "Clearance has no token key, so it cannot store "
					+ "a platform token safely. An operator sets CLEARANCE_TOKEN_KEY (base64 of a 256-bit AES key, "
					+ "e.g. `openssl rand -base64 32`) and restarts; until then accounts can only be connected "
					+ "without a token.");
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("could not encrypt a token", e);
		}
	}

	/** @throws IllegalStateException when there is no key, or the token was sealed with another one */
	String decrypt(String stored) {
		if (key == null) {
			throw new IllegalStateException("no token key (CLEARANCE_TOKEN_KEY) to decrypt the account's token");
		}
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalStateException("unknown token format");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
			return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("the account's token cannot be decrypted with the current token key", e);
		}
	}
}
