package io.clearance.posts;

import io.clearance.screening.Category;
import io.clearance.screening.Finding;
import io.clearance.screening.PackVersion;
import io.clearance.screening.Route;
import io.clearance.screening.ScreeningResult;
import io.clearance.screening.Severity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** The stored result of screening one revision, with the pack versions that produced it. */
@Entity
@Immutable
@Table(name = "screening")
public class ScreeningRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "post_id")
	private Post post;

	private int revision;

	@Enumerated(EnumType.STRING)
	private Route route;

	private boolean fastTrackEligible;

	/** {@code id@version} of each pack, comma-separated. */
	@Column(length = 2000)
	private String packs;

	private Instant screenedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "screening_finding", joinColumns = @JoinColumn(name = "screening_id"))
	@OrderColumn(name = "sort_order")
	private List<StoredFinding> findings = new ArrayList<>();

	protected ScreeningRecord() {
	}

	ScreeningRecord(Post post, int revision, ScreeningResult result, Instant screenedAt) {
		this.post = post;
		this.revision = revision;
		this.route = result.route();
		this.fastTrackEligible = result.fastTrackEligible();
		this.packs = String.join(",", result.packs().stream().map(p -> p.id() + "@" + p.version()).toList());
		this.screenedAt = screenedAt;
		result.findings().forEach(f -> findings.add(new StoredFinding(f)));
	}

	public int revision() {
		return revision;
	}

	public Instant screenedAt() {
		return screenedAt;
	}

	public ScreeningResult result() {
		List<PackVersion> packVersions = packs == null || packs.isEmpty() ? List.of()
				: Arrays.stream(packs.split(",")).map(p -> {
					int at = p.lastIndexOf('@');
					return new PackVersion(p.substring(0, at), p.substring(at + 1));
				}).toList();
		return new ScreeningResult(route, fastTrackEligible, findings.stream().map(StoredFinding::toFinding).toList(),
				packVersions);
	}

	@Embeddable
	static class StoredFinding {

		private String ruleId;

		private String pack;

		@Enumerated(EnumType.STRING)
		private Category category;

		@Enumerated(EnumType.STRING)
		private Severity severity;

		@Column(length = 2000)
		private String message;

		private int startOffset;

		private int endOffset;

		@Column(length = 2000)
		private String suggestion;

		@Column(length = 2000)
		private String advice;

		protected StoredFinding() {
		}

		StoredFinding(Finding finding) {
			this.ruleId = finding.ruleId();
			this.pack = finding.pack();
			this.category = finding.category();
			this.severity = finding.severity();
			this.message = finding.message();
			this.startOffset = finding.start();
			this.endOffset = finding.end();
			this.suggestion = finding.suggestion();
			this.advice = finding.advice();
		}

		Finding toFinding() {
			return new Finding(ruleId, pack, category, severity, message, startOffset, endOffset, suggestion, advice);
		}
	}
}
