package it.piazza.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItalianTextNormalizerTests {

    private final ItalianTextNormalizer normalizer = ItalianTextNormalizer.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Sei un c@zzo               | sei un cazzo
            sindaco di m3rd4           | sindaco di merda
            c0gl10n3                   | coglione
            str0nz0                    | stronzo
            siete solo dei m***a       | siete solo dei merda
            figlio di p*ttana          | figlio di puttana
            vaffan**lo                 | vaffanculo
            v a f f a n c u l o sindaco | vaffanculo sindaco
            c.a.z.z.o                  | cazzo
            s-t-r-o-n-z-o              | stronzo
            cazzzzzo                   | cazzo
            STRONZIIIII                | stronzi
            noooo grazie               | no grazie
            PERCHÉ è così?             | perche e cosi?
            """)
    void undoesObfuscations(String written, String normalized) {
        assertThat(normalizer.normalize(written).text()).isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            serve una cazzuola nuova
            degustazione a scansano
            la fica è un albero da frutto
            dati covid19 del 2024
            @user ha scritto alle 10:30
            #rom #stopinvasione
            la raccolta è a e i giorni pari
            stronzo!!!
            """)
    void leavesOrdinaryTextAsItIsApartFromCaseAndAccents(String written) {
        assertThat(normalizer.normalize(written).text()).isEqualTo(written.replace("è", "e"));
    }

    @Test
    void mapsDeobfuscatedWordsBackToTheOriginalText() {
        String written = "Ma sei un C@ZZZONE, v a f f a!";
        NormalizedText normalized = normalizer.normalize(written);
        String text = normalized.text();

        int start = text.indexOf("cazzone");
        TextSpan insult = normalized.toOriginal(start, start + "cazzone".length());
        int spacedStart = text.indexOf("vaffa");
        TextSpan spaced = normalized.toOriginal(spacedStart, spacedStart + "vaffa".length());

        assertThat(text).isEqualTo("ma sei un cazzone, vaffa!");
        assertThat(insult.of(written)).isEqualTo("C@ZZZONE");
        assertThat(spaced.of(written)).isEqualTo("v a f f a");
        assertThat(normalized.isDeobfuscated(start, start + 7)).isTrue();
        assertThat(normalized.isDeobfuscated(0, 2)).isFalse();
    }

    @Test
    void mapsAMaskOfAnotherLengthToTheWholeMaskedWord() {
        String written = "che m*a di strada";
        NormalizedText normalized = normalizer.normalize(written);
        int start = normalized.text().indexOf("merda");

        assertThat(normalized.text()).isEqualTo("che merda di strada");
        assertThat(normalized.toOriginal(start, start + 5).of(written)).isEqualTo("m*a");
    }

    @Test
    void keepsOffsetsOfTextAfterAnEmoji() {
        String written = "😡 sindaco c@zzone";
        NormalizedText normalized = normalizer.normalize(written);
        int start = normalized.text().indexOf("cazzone");

        assertThat(normalized.toOriginal(start, start + 7).of(written)).isEqualTo("c@zzone");
    }
}
