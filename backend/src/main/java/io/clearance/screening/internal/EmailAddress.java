package io.clearance.screening.internal;

/** An e-mail address. */
public final class EmailAddress extends Span {

	private final String address;
	private final String domain;
	private final boolean roleMailbox;
	private final boolean freeMail;

	EmailAddress(int start, int end, String text, int sentence, String address, String domain,
			boolean roleMailbox, boolean freeMail) {
		super(start, end, text, sentence);
		this.address = address;
		this.domain = domain;
		this.roleMailbox = roleMailbox;
		this.freeMail = freeMail;
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

	/**
	 * The address is at a free-mail provider (gmail.com, outlook.com, yahoo.co.uk, web.de ...): a person's own mailbox,
	 * where an organisation's is at its own domain.
	 */
	public boolean isFreeMail() {
		return freeMail;
	}
}
