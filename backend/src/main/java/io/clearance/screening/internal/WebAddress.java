package io.clearance.screening.internal;

/**
 * A web address: with a scheme ("https://..."), starting with "www.", or a domain followed by a path
 * ("mychart.example.org/patient/123"). A bare domain ("clearview-health.org") is not one: it carries no page of a
 * person. Trailing punctuation is not part of the address.
 */
public final class WebAddress extends Span {

	private final String host;
	private final String path;

	WebAddress(int start, int end, String text, int sentence, String host, String path) {
		super(start, end, text, sentence);
		this.host = host;
		this.path = path;
	}

	/** The host in lower case, without "www.". */
	public String getHost() {
		return host;
	}

	/** Everything after the host: path, query and fragment ("" when there is none). */
	public String getPath() {
		return path;
	}
}
