package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link PersonName#isFirstNameSaidIn(String)}: the shared-story rule's check that a thanks names the same person. */
class PersonNameTest {

	private static PersonName name(String text) {
		return new PersonName(0, text.length(), text, 0, Normalize.name(text), false, false, null);
	}

	@Test
	void theFirstWordAloneOrWithAPossessive() {
		assertThat(name("Darren Pike").isFirstNameSaidIn("Shared with Darren's permission.")).isTrue();
		assertThat(name("Darren Pike").isFirstNameSaidIn("Shared with Darren’s permission.")).isTrue();
		assertThat(name("Rollande Dumais").isFirstNameSaidIn("Merci, Rollande, for sharing your story")).isTrue();
		assertThat(name("Zoë Ángel").isFirstNameSaidIn("Thank you, Zoë!")).isTrue();
	}

	@Test
	void passesOverTitles() {
		assertThat(name("Mme Jeanne Bardonnet").isFirstNameSaidIn("Merci, Jeanne, for letting us share")).isTrue();
		assertThat(name("Kyria Eleni Vlachou").isFirstNameSaidIn("Thank you, Eleni")).isTrue();
		assertThat(name("Mr. Tom Ward").isFirstNameSaidIn("Thanks, Tom")).isTrue();
		assertThat(name("Mme Jeanne Bardonnet").isFirstNameSaidIn("Merci, Mme, for sharing")).isFalse();
	}

	@Test
	void onlyAWholeWordInTheSameCase() {
		assertThat(name("Dan Price").isFirstNameSaidIn("Thanks to Daniel for sharing his story")).isFalse();
		assertThat(name("Ann Cole").isFirstNameSaidIn("Thanks to Joann for sharing")).isFalse();
		assertThat(name("Rose Baker").isFirstNameSaidIn("the rose garden shared with us")).isFalse();
		assertThat(name("Darren Pike").isFirstNameSaidIn("Shared with his permission")).isFalse();
	}
}
