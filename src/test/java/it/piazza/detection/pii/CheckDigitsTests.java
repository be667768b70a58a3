package it.piazza.detection.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckDigitsTests {

    @ParameterizedTest
    @ValueSource(strings = {"MRTNTN23M02D969P", "RCCMNL83S18D969H", "MRSMSR81D60Z611H", "BNCSFN85T58G702W",
        "RSSMRA45C12F205C", "RSSMRA45C12F2LRI", "RSSMRAQRCMNFNLRG"})
    void acceptsValidFiscalCodes(String code) {
        assertThat(CheckDigits.isValidFiscalCode(code)).isTrue();
    }

    @Test
    void rejectsFiscalCodesWithBadMonthDayCheckOrLength() {
        assertThat(CheckDigits.isValidFiscalCode("CSTNGL22I10D086I")).as("month letter I").isFalse();
        assertThat(CheckDigits.isValidFiscalCode("CNTCHR83T32D969H")).as("day 32").isFalse();
        assertThat(CheckDigits.isValidFiscalCode("RSSMRA45B30F205V")).as("30 February").isFalse();
        assertThat(CheckDigits.isValidFiscalCode("FOXDRA26C24H872A")).as("check letter").isFalse();
        assertThat(CheckDigits.isValidFiscalCode("RCCMNL83S18D969")).as("length").isFalse();
    }

    @Test
    void acceptsWomensDayOfBirthPlusForty() {
        assertThat(CheckDigits.isValidFiscalCode("MRSMSR81D60Z611H")).isTrue();
    }

    @Test
    void recognisesOmocodia() {
        assertThat(CheckDigits.isOmocode("RSSMRA45C12F2LRI")).isTrue();
        assertThat(CheckDigits.isOmocode("RSSMRA45C12F205C")).isFalse();
    }

    @Test
    void checksVatNumbers() {
        assertThat(CheckDigits.isValidVatNumber("00743110157")).isTrue();
        assertThat(CheckDigits.isValidVatNumber("01333550323")).isTrue();
        assertThat(CheckDigits.isValidVatNumber("00743110158")).as("Luhn").isFalse();
        assertThat(CheckDigits.isValidVatNumber("00687129980")).as("office 998").isFalse();
        assertThat(CheckDigits.isValidVatNumber("00000000000")).as("zeros").isFalse();
        assertThat(CheckDigits.isValidVatNumber("0074311015")).as("length").isFalse();
    }

    @Test
    void checksDrugCodes() {
        assertThat(CheckDigits.isValidDrugCode("000307052")).isTrue();
        assertThat(CheckDigits.isValidDrugCode("042645046")).isTrue();
        assertThat(CheckDigits.isValidDrugCode("000307053")).isFalse();
    }

    @Test
    void checksLuhn() {
        assertThat(CheckDigits.isLuhnValid("4111111111111111")).isTrue();
        assertThat(CheckDigits.isLuhnValid("4111111111111112")).isFalse();
    }
}
