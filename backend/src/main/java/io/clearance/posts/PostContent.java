package io.clearance.posts;

import java.util.List;

/** What an author writes: the text, descriptions of attached media, and the consent records the post relies on. */
public record PostContent(String text, List<String> mediaDescriptions, List<String> consentIds) {

	public PostContent {
		text = text == null ? "" : text;
		mediaDescriptions = mediaDescriptions == null ? List.of() : List.copyOf(mediaDescriptions);
		consentIds = consentIds == null ? List.of() : List.copyOf(consentIds);
	}
}
