package io.clearance.posts.web;

import io.clearance.audit.AuditEntry;
import io.clearance.posts.Post;
import io.clearance.posts.ReviewDecision;
import io.clearance.posts.Revision;
import io.clearance.posts.ScreeningRecord;
import io.clearance.publishing.Publication;
import io.clearance.screening.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A post's complete record for e-discovery: every revision, screening, decision, publication and audit entry. */
record PostRecord(long id, String author, String kind, String status, List<RevisionRow> revisions,
		List<ScreeningRow> screenings, List<PostView.DecisionView> decisions,
		List<PostController.PublicationView> publications, List<PostController.HistoryEntry> history) {

	static PostRecord of(Post post, List<Publication> publications, List<AuditEntry> history) {
		int current = post.currentRevision().number();
		return new PostRecord(post.id(), post.author(), post.kind().name(), post.status().name(),
				post.revisions().stream().map(RevisionRow::of).toList(),
				post.screenings().stream().map(ScreeningRow::of).toList(),
				post.decisions().stream().map(d -> PostView.DecisionView.of(d, current)).toList(),
				publications.stream().map(PostController.PublicationView::of).toList(),
				history.stream().map(PostController.HistoryEntry::of).toList());
	}

	record RevisionRow(int number, String text, List<String> mediaDescriptions, List<String> consentIds,
			String createdBy, Instant createdAt, String contentHash) {

		static RevisionRow of(Revision r) {
			var c = r.content();
			return new RevisionRow(r.number(), c.text(), c.mediaDescriptions(), c.consentIds(), r.createdBy(),
					r.createdAt(), r.contentHash());
		}
	}

	record ScreeningRow(int revision, String route, List<Finding> findings, String packs, Instant screenedAt) {

		static ScreeningRow of(ScreeningRecord s) {
			var result = s.result();
			return new ScreeningRow(s.revision(), result.route().name(), result.findings(), result.packs().stream()
				.map(p -> p.id() + "@" + p.version()).collect(Collectors.joining(",")), s.screenedAt());
		}
	}

	/** One CSV table: {@code section,revision,at,who,what,detail}, RFC 4180 quoting. */
	String toCsv() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("section", "revision", "at", "who", "what", "detail"));
		revisions.forEach(r -> rows.add(List.of("revision", r.number(), r.createdAt(), r.createdBy(), r.contentHash(),
				r.text())));
		screenings.forEach(s -> {
			rows.add(List.of("screening", s.revision(), s.screenedAt(), "screening", s.route(), s.packs()));
			s.findings().forEach(f -> rows.add(List.of("finding", s.revision(), s.screenedAt(), f.pack(), f.ruleId(),
					f.category() + " " + f.severity() + " [" + f.start() + "," + f.end() + ") " + f.message())));
		});
		decisions.forEach(d -> rows.add(List.of("decision", d.revision(), d.decidedAt(), d.reviewer(),
				d.stage() + " " + d.decision(), d.comment() == null ? "" : d.comment())));
		publications.forEach(p -> rows.add(List.of("publication", p.revision(),
				p.publishedAt() == null ? "" : p.publishedAt(), p.platform(), p.status(),
				p.externalId() == null ? "" : p.externalId())));
		history.forEach(h -> rows.add(List.of("audit", h.revision() == null ? "" : h.revision(), h.at(), h.actor(),
				h.type(), (h.detail() == null ? "" : h.detail()) + " #" + h.hash())));
		return rows.stream().map(row -> row.stream().map(v -> csv(String.valueOf(v))).collect(Collectors.joining(",")))
			.collect(Collectors.joining("\r\n", "", "\r\n"));
	}

	private static String csv(String value) {
		// Cells starting with a formula character are prefixed so spreadsheets do not execute them.
		String safe = Stream.of("=", "+", "-", "@").anyMatch(value::startsWith) ? "'" + value : value;
		return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
				? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}
}
