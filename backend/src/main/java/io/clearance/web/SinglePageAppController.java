package io.clearance.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Client-side routes of the single-page app all load its index page. */
@Controller
class SinglePageAppController {

	@GetMapping({ "/login", "/inbox/**", "/compose/**", "/posts/**", "/crisis/**", "/rules/**", "/processes/**",
			"/dashboard/**", "/tasks/**" })
	String app() {
		return "forward:/index.html";
	}
}
