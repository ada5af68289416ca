package io.clearance.screening.internal;

/** An e-mail address. */
public final class EmailAddress extends Span {

	private final String address;
	private final String domain;
	private final boolean roleMailbox;

	EmailAddress(int start, int end, String text, int sentence, String address, String domain,
			boolean roleMailbox) {
		super(start, end, text, sentence);
		this.address = address;
		this.domain = domain;
		this.roleMailbox = roleMailbox;
	}

	/** The address in lower case. */
	public String getAddress() {
		return address;
	}

	/** The part after the {@code @}, in lower case. */
	public String getDomain() {
		return domain;
	}

	/** The mailbox is a function, not a person: info@, appointments@, press@ and the like. */
	public boolean isRoleMailbox() {
		return roleMailbox;
	}
}
