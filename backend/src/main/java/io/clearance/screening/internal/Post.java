package io.clearance.screening.internal;

import java.util.List;

import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.ScreeningRequest;

/** The post being screened, as one fact: rules about the post as a whole match on it. */
public final class Post {

	private final String text;
	private final Platform platform;
	private final PostKind kind;
	private final boolean sponsored;
	private final boolean consentOnFile;
	private final List<String> mediaDescriptions;

	Post(ScreeningRequest request) {
		this.text = request.text() == null ? "" : request.text();
		this.platform = request.platform();
		this.kind = request.kind();
		this.sponsored = request.sponsored();
		this.consentOnFile = request.consentOnFile();
		this.mediaDescriptions = request.mediaDescriptions();
	}

	public String getText() {
		return text;
	}

	/**
	 * Whether two spans are in one clause: the same sentence, with no semicolon, bullet, bar or dash between them
	 * (a hyphen or an en dash only with spaces around it: "Mon-Fri" is not a break). Whose phone number or mailbox it is is read in its own clause:
	 * in "Call the ward on 0116 496 0123 - her daughter will ring you back" the number is not the daughter's.
	 */
	public boolean sameClause(Span a, Span b) {
		if (a == null || b == null || a.getSentence() != b.getSentence()) {
			return false;
		}
		int to = Math.max(a.getStart(), b.getStart());
		for (int i = Math.min(a.getEnd(), b.getEnd()); i < to; i++) {
			char c = text.charAt(i);
			if (c == ';' || c == '|' || c == '•' || c == '·' || c == '—' || c == '\n' || (c == '-' || c == '–')
					&& i > 0 && text.charAt(i - 1) == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
				return false;
			}
		}
		return true;
	}

	/** Length in Java chars (UTF-16 code units), the unit of all offsets. */
	public int getLength() {
		return text.length();
	}

	/** Length in Unicode code points: an emoji counts one. */
	public int getCodePoints() {
		return text.codePointCount(0, text.length());
	}

	public Platform getPlatform() {
		return platform;
	}

	public PostKind getKind() {
		return kind;
	}

	public boolean isSponsored() {
		return sponsored;
	}

	public boolean isConsentOnFile() {
		return consentOnFile;
	}

	public List<String> getMediaDescriptions() {
		return mediaDescriptions;
	}

	/** How many photos, videos or documents are attached. */
	public int getMediaCount() {
		return mediaDescriptions.size();
	}
}
