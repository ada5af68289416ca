package io.clearance.crisis;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.clearance.posts.Post;
import io.clearance.posts.PostContent;
import io.clearance.posts.PostService;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.shared.InvalidRequestException;
import io.clearance.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The pre-approved crisis templates ({@code crisis-templates/*.yaml} in the jar, one file per template), read once at
 * start-up; a template whose placeholders do not match its text stops the start. Filling one in creates a crisis
 * update draft, which goes through screening when submitted like any post.
 */
@Service
public class CrisisTemplates {

	static final String LOCATION = "classpath*:crisis-templates/*.yaml";

	private final Map<String, CrisisTemplate> templates;

	private final PostService posts;

	CrisisTemplates(PostService posts) {
		this.posts = posts;
		this.templates = load();
	}

	static Map<String, CrisisTemplate> load() {
		ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
			.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
		Map<String, CrisisTemplate> loaded = new LinkedHashMap<>();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			for (Resource resource : resources) {
				try (InputStream in = resource.getInputStream()) {
					CrisisTemplate template = yaml.readValue(in, CrisisTemplate.class);
					String problem = template.problem();
					if (problem != null) {
						throw new IllegalStateException("Crisis template " + resource.getFilename() + ": " + problem);
					}
					if (loaded.put(template.id(), template) != null) {
						throw new IllegalStateException("Two crisis templates have the id " + template.id());
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the crisis templates", e);
		}
		return loaded;
	}

	public List<CrisisTemplate> list() {
		return templates.values().stream().sorted(Comparator.comparing(CrisisTemplate::name)).toList();
	}

	public CrisisTemplate get(String id) {
		CrisisTemplate template = templates.get(id);
		if (template == null) {
			throw new NotFoundException("There is no crisis template " + id + ".");
		}
		return template;
	}

	/** Fills the template in and creates a crisis update draft by {@code author} with that text. */
	public Post createUpdate(String id, Map<String, String> values, Collection<Platform> platforms, String author) {
		CrisisTemplate.Filled filled = get(id).fill(values == null ? Map.of() : values);
		if (!filled.problems().isEmpty()) {
			throw new InvalidRequestException("invalid-placeholders",
					"Template " + id + " cannot be filled in: " + String.join("; ", filled.problems()) + ".");
		}
		return posts.create(author, new PostService.Draft(new PostContent(filled.text(), List.of(), List.of()),
				PostKind.CRISIS_UPDATE, false, platforms, null));
	}
}
