package io.clearance.crisis.web;

import io.clearance.crisis.CrisisTemplate;
import io.clearance.crisis.CrisisTemplates;
import io.clearance.posts.Post;
import io.clearance.screening.Platform;
import io.clearance.security.Caller;
import io.clearance.security.Groups;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Pre-approved crisis templates: every signed-in user reads them; crisis leads fill them in. */
@RestController
@RequestMapping("/api/crisis/templates")
class CrisisTemplateController {

	private final CrisisTemplates templates;

	private final Requests requests;

	CrisisTemplateController(CrisisTemplates templates, Requests requests) {
		this.templates = templates;
		this.requests = requests;
	}

	@GetMapping
	List<CrisisTemplate> list() {
		return templates.list();
	}

	@GetMapping("/{id}")
	CrisisTemplate get(@PathVariable String id) {
		return templates.get(id);
	}

	/** Fills the template in: a crisis update draft by the caller, submitted and screened like any post. */
	@PostMapping("/{id}/updates")
	ResponseEntity<UpdateView> fill(@PathVariable String id, @RequestBody FillRequest body, Caller caller) {
		Requests.requireGroup(caller, "not-an-author", "Only crisis leads write crisis updates.", Groups.CRISIS_LEADS);
		FillRequest request = requests.valid(body);
		Post post = templates.createUpdate(id, request.values(), request.platforms(), caller.username());
		return ResponseEntity.created(URI.create("/api/posts/" + post.id())).body(UpdateView.of(post));
	}

	/** @param values one value for each of the template's placeholders, by name */
	record FillRequest(@NotNull @Size(max = 20) Map<String, String> values,
			@NotEmpty @Size(max = 5) List<@NotNull Platform> platforms) {
	}
}
