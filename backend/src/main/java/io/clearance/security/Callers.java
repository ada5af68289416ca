package io.clearance.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Turns a Spring Security authentication into a {@link Caller}: groups are authorities {@code GROUP_<id>}. */
public final class Callers {

	static final String GROUP_PREFIX = "GROUP_";

	private Callers() {
	}

	public static Caller of(Authentication authentication) {
		Set<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith(GROUP_PREFIX)).map(a -> a.substring(GROUP_PREFIX.length()))
			.collect(Collectors.toSet());
		return new Caller(authentication.getName(), groups);
	}

	static Set<GrantedAuthority> authoritiesOf(Set<String> groups) {
		return groups.stream().map(g -> (GrantedAuthority) new SimpleGrantedAuthority(GROUP_PREFIX + g))
			.collect(Collectors.toSet());
	}
}
