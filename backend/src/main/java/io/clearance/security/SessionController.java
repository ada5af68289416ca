package io.clearance.security;

import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user, and the CSRF token the UI sends with every change. */
@RestController
@RequestMapping("/api")
class SessionController {

	@GetMapping("/me")
	Map<String, Object> me(Authentication authentication) {
		return SecurityConfiguration.me(authentication);
	}

	@GetMapping("/csrf")
	Map<String, String> csrf(CsrfToken token) {
		return Map.of("token", token.getToken(), "headerName", token.getHeaderName(), "parameterName",
				token.getParameterName());
	}
}
