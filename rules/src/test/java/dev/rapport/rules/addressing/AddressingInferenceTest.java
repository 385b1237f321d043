package dev.rapport.rules.addressing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class AddressingInferenceTest {

    private final AddressingInference addressing = new AddressingInference();
    private final List<String> channel = List.of("Nafallo", "yohannes", "mirak_", "the", "hi", "subodh", "jdub", "b");

    private List<String> addressees(String text) {
        return addressing.addressees(text, channel);
    }

    @Test
    void nickFollowedByAColonIsAddressed() {
        assertThat(addressees("Nafallo: what does that do?")).containsExactly("Nafallo");
    }

    @Test
    void nickFollowedByACommaIsAddressed() {
        assertThat(addressees("yohannes, why not WinRAR?")).containsExactly("yohannes");
    }

    @Test
    void nickFollowedByAnArrowOrADashIsAddressed() {
        assertThat(addressees("subodh> use gimp")).containsExactly("subodh");
        assertThat(addressees("subodh - can you give me the command")).containsExactly("subodh");
    }

    @Test
    void aNickInParenthesesBeforeTheTextIsAddressed() {
        assertThat(addressees("(mirak_) yes, the second partition")).containsExactly("mirak_");
    }

    @Test
    void aCommonWordOrAnUnknownNameInParenthesesIsAnAside() {
        assertThat(addressees("(the) second partition is fine")).isEmpty();
        assertThat(addressees("(maybe) reboot first")).isEmpty();
    }

    @Test
    void severalLeadingNicksAreAllAddressed() {
        assertThat(addressees("jdub, Nafallo: you both said so")).containsExactly("jdub", "Nafallo");
    }

    @Test
    void atSignAddressesANickAnywhere() {
        assertThat(addressees("I think @jdub knows this")).containsExactly("jdub");
    }

    @Test
    void atSignInsideAnEmailAddressIsNotAMention() {
        assertThat(addressees("mail me at me@jdub")).isEmpty();
    }

    @Test
    void thanksFollowedByANickAddressesIt() {
        assertThat(addressees("thanks Nafallo")).containsExactly("Nafallo");
    }

    @Test
    void nickAfterACommaAtTheEndIsAddressedPastPunctuationAndEmoticons() {
        assertThat(addressees("that worked, yohannes! :)")).containsExactly("yohannes");
    }

    @Test
    void bareLastWordThatIsANickStaysQuiet() {
        assertThat(addressees("ask on the forum like jdub")).isEmpty();
    }

    @Test
    void nickMatchingIgnoresCase() {
        assertThat(addressees("NAFALLO: hello")).containsExactly("Nafallo");
    }

    @Test
    void decoratedNickMatchesItsPlainSpelling() {
        assertThat(addressees("mirak: yepp")).containsExactly("mirak_");
        assertThat(addressing.addressees("nafallo: back?", List.of("Nafallo|away"))).containsExactly("Nafallo|away");
        assertThat(addressing.addressees("`gimp: try it", List.of("gimp"))).containsExactly("gimp");
    }

    @Test
    void bareLeadingNickThatIsNotAWordIsAddressed() {
        assertThat(addressees("subodh use gimp man")).containsExactly("subodh");
    }

    @Test
    void commonWordThatIsSomeonesNickStaysQuietAtTheStart() {
        assertThat(addressees("the kernel is too old")).isEmpty();
        assertThat(addressees("hi, can anyone help me?")).isEmpty();
    }

    @Test
    void commonWordNickIsAddressedWithAColon() {
        assertThat(addressees("the: your kernel is too old")).containsExactly("the");
    }

    @Test
    void commonWordNickIsNotAddressedAtTheEnd() {
        assertThat(addressees("thanks, hi")).isEmpty();
    }

    @Test
    void oneLetterNickNeedsASeparator() {
        assertThat(addressees("b try this")).isEmpty();
        assertThat(addressees("b: try this")).containsExactly("b");
    }

    @Test
    void unknownNickIsNotAddressed() {
        assertThat(addressees("stranger: hello")).isEmpty();
        assertThat(addressees("thanks stranger")).isEmpty();
    }

    @Test
    void emoticonAfterANickIsNotASeparator() {
        assertThat(addressees("hi :)")).isEmpty();
    }

    @Test
    void urlSchemeIsNotANickWithAColon() {
        assertThat(addressing.addressees("http://example.com", List.of("http"))).isEmpty();
    }

    @Test
    void botCommandAimedAtANickAddressesIt() {
        assertThat(addressees("!appdb > subodh")).containsExactly("subodh");
        assertThat(addressees("!ics | subodh")).containsExactly("subodh");
    }

    @Test
    void blankTextAddressesNoOne() {
        assertThat(addressees("   ")).isEmpty();
        assertThat(addressees(null)).isEmpty();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void hostileTextIsScannedInLinearTime() {
        String colons = "Nafallo" + ":".repeat(200_000) + " ,".repeat(100_000) + "@".repeat(100_000);
        String words = "Nafallo, ".repeat(50_000) + "thanks " + ":) ".repeat(50_000);
        assertThat(addressees(colons)).containsExactly("Nafallo");
        assertThat(addressees(words)).contains("Nafallo");
    }

    @Test
    void aMessageEndingWithANameAfterACourtesySpeaksToSomeoneWhoeverTheyAre() {
        AddressingInference inference = new AddressingInference();
        assertThat(inference.endsSpeakingToSomeone("Back door at eight. Thanks Mo!")).isTrue();
        assertThat(inference.endsSpeakingToSomeone("the blue one, Priya :)")).isTrue();
    }

    @Test
    void aMessageEndingWithADayOrAPlainWordSpeaksToNobodyInParticular() {
        AddressingInference inference = new AddressingInference();
        assertThat(inference.endsSpeakingToSomeone("Lovely morning. See you Sunday!")).isFalse();
        assertThat(inference.endsSpeakingToSomeone("thanks everyone")).isFalse();
        assertThat(inference.endsSpeakingToSomeone("Mo said the back door works")).isFalse();
    }

    /** "hello, Jo recommended this place": the one named sent the newcomer here; the greeting is to the room. */
    @Test
    void aGreetingThenANameWhoSentTheWriterSpeaksToNobodyInParticular() {
        KnownNicks known = KnownNicks.of(List.of("Jo Lind", "Ana"));
        assertThat(addressing.namesSpokenTo("Hello, Jo Lind recommended this shop. Is the blue kettle in stock?",
                known)).isEmpty();
        assertThat(addressing.namesSpokenTo("hi, Ana sent me over for the spare keys", known)).isEmpty();
    }

    @Test
    void aGreetingThenANameThenWhatIsSaidToThemStillSpeaksToThem() {
        KnownNicks known = KnownNicks.of(List.of("Jo Lind", "Ana"));
        assertThat(addressing.namesSpokenTo("Hello Jo Lind, is the blue kettle in stock?", known))
                .containsExactly("Jo Lind");
        assertThat(addressing.namesSpokenTo("hi Ana can you send the spare keys", known)).containsExactly("Ana");
    }

    @Test
    void aGreetingOrAWordAboutBeingAwayThenANameTurnsToSomeone() {
        AddressingInference inference = new AddressingInference();
        assertThat(inference.turnsToSomeoneAfterOpening("Morning! Ana: yes, the walnut one, oiled twice.")).isTrue();
        assertThat(inference.turnsToSomeoneAfterOpening("Sorry, spent the weekend at my brother's. Ana, it takes two "
                + "coats")).isTrue();
        assertThat(inference.turnsToSomeoneAfterOpening("Back now - @Ana the walnut one")).isTrue();
        assertThat(inference.turnsToSomeoneAfterOpening("Hi all, back from the coast, no signal there. Ana: walnut "
                + "oil, two coats.")).isTrue();
    }

    @Test
    void aGreetingAloneOrANameInsideASentenceOrAHeadingTurnsToNobody() {
        AddressingInference inference = new AddressingInference();
        assertThat(inference.turnsToSomeoneAfterOpening("Morning all!")).isFalse();
        assertThat(inference.turnsToSomeoneAfterOpening("Morning all! Has anyone seen Ana: she was asking about oil"))
                .isFalse();
        assertThat(inference.turnsToSomeoneAfterOpening("Morning all! Update: the workshop is closed Friday."))
                .isFalse();
        assertThat(inference.turnsToSomeoneAfterOpening("Hi all, Lisbon, Porto and Braga are on the list"))
                .isFalse();
        // Without a greeting first, a leading name may be anyone's: the engine does not know whose it is.
        assertThat(inference.turnsToSomeoneAfterOpening("Ana: great talk yesterday")).isFalse();
    }

    /** Chat closes a sentence with an emoji as with a full stop: the name after it starts what is said next. */
    @Test
    void anEmojiAfterTheOpeningEndsItLikeAFullStop() {
        AddressingInference inference = new AddressingInference();
        assertThat(inference.turnsToSomeoneAfterOpening("Back from the lakes \uD83C\uDFD5\uFE0F Ana: yes, the "
                + "walnut one")).isTrue();
        assertThat(inference.turnsToSomeoneAfterOpening("Back from the lakes \uD83C\uDF32 Ana, it takes two coats"))
                .isTrue();
    }

    /** An emoji inside a sentence leaves a name after it where it was: no turn to anyone. */
    @Test
    void anEmojiBeforeAPlainWordOrANameInsideASentenceTurnsToNobody() {
        AddressingInference inference = new AddressingInference();
        assertThat(inference.turnsToSomeoneAfterOpening("Back from the lakes \uD83C\uDF32 Update: the path is shut"))
                .isFalse();
        assertThat(inference.turnsToSomeoneAfterOpening("Morning all \u2600 has anyone seen Ana: she left a scarf"))
                .isFalse();
    }
}
