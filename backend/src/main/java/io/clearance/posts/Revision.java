package io.clearance.posts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.util.List;
import io.clearance.shared.Hashes;
import org.hibernate.annotations.Immutable;

/** One version of a post's content. Never changed once written: an edit is a new revision. */
@Entity
@Immutable
@Table(name = "post_revision")
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "post_id")
	private Post post;

	@Column(name = "revision_number")
	private int number;

	@Column(name = "body", length = Post.MAX_TEXT_LENGTH)
	private String text;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "revision_media", joinColumns = @JoinColumn(name = "revision_id"))
	@OrderColumn(name = "sort_order")
	@Column(name = "description", length = 2000)
	private List<String> mediaDescriptions = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "revision_consent", joinColumns = @JoinColumn(name = "revision_id"))
	@OrderColumn(name = "sort_order")
	@Column(name = "consent_id", length = 100)
	private List<String> consentIds = new ArrayList<>();

	private String createdBy;

	private Instant createdAt;

	protected Revision() {
	}

	Revision(Post post, int number, PostContent content, String createdBy, Instant createdAt) {
		this.post = post;
		this.number = number;
		this.text = content.text();
		this.mediaDescriptions = new ArrayList<>(content.mediaDescriptions());
		this.consentIds = new ArrayList<>(content.consentIds());
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public int number() {
		return number;
	}

	public PostContent content() {
		return new PostContent(text, mediaDescriptions, consentIds);
	}

	/** SHA-256 of the text, media descriptions and consent ids: identifies exactly what was reviewed. */
	public String contentHash() {
		String canonical = text + "\u001e" + String.join("\u001f", mediaDescriptions) + "\u001e"
				+ String.join("\u001f", consentIds);
		return Hashes.sha256(canonical);
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
