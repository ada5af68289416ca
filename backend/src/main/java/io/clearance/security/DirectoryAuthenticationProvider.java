package io.clearance.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Checks user name and password against the {@link Directory} and grants the user's groups. */
@Component
class DirectoryAuthenticationProvider implements AuthenticationProvider {

	private final Directory directory;

	DirectoryAuthenticationProvider(Directory directory) {
		this.directory = directory;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (username == null || username.isBlank() || credentials == null
				|| !directory.checkPassword(username, credentials.toString())) {
			throw new BadCredentialsException("Unknown user or wrong password.");
		}
		return UsernamePasswordAuthenticationToken.authenticated(username, null,
				Callers.authoritiesOf(directory.groupsOf(username)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
