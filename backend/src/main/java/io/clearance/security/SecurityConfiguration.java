package io.clearance.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what. The UI signs in with a session (form login at {@code /api/login}) and is protected against
 * CSRF with the {@code XSRF-TOKEN} cookie and {@code X-XSRF-TOKEN} header; API clients use HTTP Basic and need no
 * CSRF token. Everything but the health check, the sign-in and the single-page app's static files needs a login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	private static final Set<String> SERVER_PREFIXES = Set.of("/api", "/engine-rest", "/camunda", "/actuator",
			"/v3", "/swagger-ui", "/error");

	@Bean
	AuthenticationManager authenticationManager(DirectoryAuthenticationProvider provider) {
		return new ProviderManager(provider);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper json) throws Exception {
		CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
			.requestMatchers(HttpMethod.GET, "/api/csrf").permitAll()
			.requestMatchers(HttpMethod.POST, "/api/login").permitAll()
			.requestMatchers("/error").permitAll()
			// The Camunda webapps have their own sign-in against the same identity service.
			.requestMatchers("/camunda/**").permitAll()
			.requestMatchers(SecurityConfiguration::isSinglePageAppResource).permitAll()
			// What each group may change; reads are open to every signed-in user and filtered by the services.
			.requestMatchers(HttpMethod.POST, "/api/posts", "/api/posts/*/submit", "/api/posts/*/withdraw",
					"/api/posts/*/publication-time")
			.hasAnyAuthority(group(Groups.AUTHORS), group(Groups.CRISIS_LEADS))
			.requestMatchers(HttpMethod.PUT, "/api/posts/*", "/api/posts/*/decisions/*/suggested-edits/*")
			.hasAnyAuthority(group(Groups.AUTHORS), group(Groups.CRISIS_LEADS))
			.requestMatchers(HttpMethod.POST, "/api/tasks/*/claim", "/api/tasks/*/unclaim", "/api/tasks/*/decision")
			.hasAnyAuthority(group(Groups.COMPLIANCE), group(Groups.LEGAL), group(Groups.CRISIS_LEADS),
					group(Groups.ADMINS))
			.requestMatchers("/api/audit/**", "/api/posts/*/record").hasAuthority(group(Groups.ADMINS))
			// Connected platform accounts: administrators connect and disconnect; everyone signed in lists them.
			.requestMatchers(HttpMethod.POST, "/api/accounts").hasAuthority(group(Groups.ADMINS))
			.requestMatchers(HttpMethod.DELETE, "/api/accounts/*").hasAuthority(group(Groups.ADMINS))
			// Takedown of a published post through the platforms' APIs.
			.requestMatchers(HttpMethod.POST, "/api/posts/*/takedown")
			.hasAnyAuthority(group(Groups.COMPLIANCE), group(Groups.ADMINS))
			.requestMatchers(HttpMethod.POST, "/api/consents", "/api/consents/*/revoke")
			.hasAnyAuthority(group(Groups.COMPLIANCE), group(Groups.ADMINS))
			// Rules administration; reviewers dismiss findings, and see how often each rule is dismissed.
			.requestMatchers(HttpMethod.POST, "/api/rule-packs/*/examples/run", "/api/rule-packs/try",
					"/api/rule-packs/replay")
			.hasAuthority(group(Groups.RULES_ADMINS))
			.requestMatchers("/api/posts/*/dismissals")
			.hasAnyAuthority(group(Groups.COMPLIANCE), group(Groups.LEGAL), group(Groups.ADMINS))
			.requestMatchers(HttpMethod.GET, "/api/dashboard")
			.hasAnyAuthority(group(Groups.COMPLIANCE), group(Groups.LEGAL), group(Groups.ADMINS))
			.requestMatchers(HttpMethod.GET, "/api/rule-packs/dismissal-rates")
			.hasAnyAuthority(group(Groups.RULES_ADMINS), group(Groups.COMPLIANCE), group(Groups.ADMINS))
			// Rule packs change only through rules administrators (switch on/off, upload a new version).
			.requestMatchers(HttpMethod.PUT, "/api/rule-packs/*/enabled", "/api/rule-packs/*/allowlist")
			.hasAuthority(group(Groups.RULES_ADMINS))
			.requestMatchers(HttpMethod.GET, "/api/rule-packs/*/allowlist").hasAuthority(group(Groups.RULES_ADMINS))
			.requestMatchers(HttpMethod.POST, "/api/rule-packs/uploads").hasAuthority(group(Groups.RULES_ADMINS))
			// The process modeler: modelers validate, draft and deploy; administrators read and migrate instances.
			.requestMatchers("/api/processes/*/migration").hasAuthority(group(Groups.ADMINS))
			.requestMatchers(HttpMethod.POST, "/api/processes/validate", "/api/processes/deployments",
					"/api/process-drafts", "/api/process-drafts/*/deploy")
			.hasAuthority(group(Groups.MODELERS))
			.requestMatchers(HttpMethod.PUT, "/api/process-drafts/*").hasAuthority(group(Groups.MODELERS))
			.requestMatchers(HttpMethod.DELETE, "/api/process-drafts/*").hasAuthority(group(Groups.MODELERS))
			.requestMatchers(HttpMethod.GET, "/api/processes", "/api/processes/**", "/api/process-drafts",
					"/api/process-drafts/**")
			.hasAnyAuthority(group(Groups.MODELERS), group(Groups.ADMINS))
			.requestMatchers("/api/processes/**", "/api/process-drafts/**").denyAll()
			.anyRequest().authenticated())
			.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(csrfHandler)
				// CSRF protects cookie sessions; API clients sending credentials on every call are not exposed to it.
				.ignoringRequestMatchers(SecurityConfiguration::hasBasicCredentials, r -> r.getRequestURI()
					.startsWith("/camunda/")))
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> problem(json, request,
					response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in to use Clearance.")))
			.formLogin(form -> form.loginProcessingUrl("/api/login")
				.successHandler((request, response, authentication) -> writeJson(json, response, HttpStatus.OK,
						me(authentication)))
				.failureHandler((request, response, e) -> problem(json, request, response, HttpStatus.UNAUTHORIZED,
						"bad-credentials", "Unknown user or wrong password.")))
			.logout(logout -> logout.logoutUrl("/api/logout")
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((request, response, e) -> {
					if (!isBrowserScript(request)) {
						response.setHeader("WWW-Authenticate", "Basic realm=\"Clearance\"");
					}
					problem(json, request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
							"Sign in to use Clearance.");
				})
				.accessDeniedHandler((request, response, e) -> {
					if (e instanceof CsrfException) {
						boolean signedIn = SecurityContextHolder.getContext().getAuthentication() != null
								&& !(SecurityContextHolder.getContext()
									.getAuthentication() instanceof AnonymousAuthenticationToken);
						if (!signedIn && request.getSession(false) == null) {
							problem(json, request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
									"Sign in to use Clearance.");
						}
						else {
							problem(json, request, response, HttpStatus.FORBIDDEN, "csrf",
									"The request lacks a valid CSRF token; reload the page and try again.");
						}
						return;
					}
					problem(json, request, response, HttpStatus.FORBIDDEN, "forbidden",
							"Your groups do not allow this.");
				}))
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
				// The Camunda webapps and Swagger UI send their own policies; everything else gets this one.
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						request -> !request.getRequestURI().startsWith("/camunda/")
								&& !request.getRequestURI().startsWith("/swagger-ui"),
						new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))));
		return http.build();
	}

	@Bean
	WebMvcConfigurer callerArgument() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(
					List<org.springframework.web.method.support.HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerArgumentResolver());
			}
		};
	}

	private static String group(String id) {
		return Callers.GROUP_PREFIX + id;
	}

	static Map<String, Object> me(Authentication authentication) {
		Caller caller = Callers.of(authentication);
		return Map.of("username", caller.username(), "groups", caller.groups().stream().sorted().toList());
	}

	private static boolean hasBasicCredentials(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

	/** Scripts in a browser (fetch, XHR) must not trigger the browser's own Basic sign-in dialog. */
	private static boolean isBrowserScript(HttpServletRequest request) {
		String mode = request.getHeader("Sec-Fetch-Mode");
		return (mode != null && !"navigate".equals(mode)) || request.getHeader("X-Requested-With") != null;
	}

	/** GET of the single-page app's files and client-side routes: anything outside the server's own prefixes. */
	private static boolean isSinglePageAppResource(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod())) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return SERVER_PREFIXES.stream().noneMatch(p -> path.equals(p) || path.startsWith(p + "/"));
	}

	static void problem(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
			HttpStatus status, String type, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:clearance:problem:" + type));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	private static void writeJson(ObjectMapper json, HttpServletResponse response, HttpStatus status, Object body)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(), body);
	}
}
