package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostLanguageTest {

	@Test
	void readsEnglishPostsAsEnglish() {
		assertThat(PostLanguage.english("Thanks for the kind words, Colin! Glad our ED team got your wrist set "
				+ "quickly.")).isTrue();
		assertThat(PostLanguage.english("🌊 FLOOD UPDATE 07:15: River Aire has burst its banks at Kirkstall. "
				+ "A&E is OPEN, use the Hawksworth Road entrance.")).isTrue();
	}

	@Test
	void readsOtherLanguagesAsOther() {
		assertThat(PostLanguage.english("Quelle émotion ce matin au service de cardiologie 💙 Yannick, 58 ans, est "
				+ "rentré chez lui 9 jours après son triple pontage.")).isFalse();
		// Hungarian's article "a" is no English evidence
		assertThat(PostLanguage.english("A rák legyőzhető! 💪 A Szegedi Vitalitás Klinika nagy dózisú C-vitamin "
				+ "infúziója a daganatot is eltünteti.")).isFalse();
		assertThat(PostLanguage.english("Безплатни прегледи за бенка 🔎 На 12 декември дерматолозите")).isFalse();
		// a hashtag or a brand in English does not make a German post English
		assertThat(PostLanguage.english("Danke an unser Team der Station 4B 💪 Seit Montag arbeiten wir mit dem "
				+ "neuen System. #TeamWork #ThankYou")).isFalse();
	}

	@Test
	void readsAPostWithoutWordsAsOther() {
		assertThat(PostLanguage.english("🎉🎉 2025 💙")).isFalse();
	}
}
