package it.piazza.detection.pii;

/**
 * Check-digit rules of the Italian identifiers (see {@code docs/design/002-personal-data-detection.md}).
 * All methods take the compact form: no separators, upper case.
 */
final class CheckDigits {

    /** Values of the characters in odd positions of a codice fiscale, indexed by digit or letter ordinal. */
    private static final int[] FISCAL_CODE_ODD = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    private static final String MONTH_LETTERS = "ABCDEHLMPRST";
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    /** Omocodia: the letters that replace the digits 0–9. */
    private static final String OMOCODIA_LETTERS = "LMNPQRSTUV";
    /** Positions (0-based) of the codice fiscale that hold digits, or omocodia letters. */
    private static final int[] FISCAL_CODE_DIGIT_POSITIONS = {6, 7, 9, 10, 12, 13, 14};

    private CheckDigits() {
    }

    /**
     * @return whether a 16-character codice fiscale has a valid month, day of birth and check character
     */
    static boolean isValidFiscalCode(String code) {
        if (code.length() != 16) {
            return false;
        }
        int month = MONTH_LETTERS.indexOf(code.charAt(8));
        if (month < 0) {
            return false;
        }
        int day = omocodiaDigit(code.charAt(9)) * 10 + omocodiaDigit(code.charAt(10));
        int dayOfMonth = day > 40 ? day - 40 : day;
        if (dayOfMonth < 1 || dayOfMonth > DAYS_IN_MONTH[month]) {
            return false;
        }
        return fiscalCodeCheckCharacter(code) == code.charAt(15);
    }

    /** @return whether any digit position of a valid-shaped codice fiscale holds an omocodia letter */
    static boolean isOmocode(String code) {
        for (int position : FISCAL_CODE_DIGIT_POSITIONS) {
            if (Character.isLetter(code.charAt(position))) {
                return true;
            }
        }
        return false;
    }

    private static int omocodiaDigit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : OMOCODIA_LETTERS.indexOf(c);
    }

    private static char fiscalCodeCheckCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            int ordinal = c >= '0' && c <= '9' ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? FISCAL_CODE_ODD[ordinal] : ordinal;
        }
        return (char) ('A' + sum % 26);
    }

    /**
     * @return whether an 11-digit partita IVA passes the Luhn check, has a valid office code and is not
     *         all zeros in its first seven digits
     */
    static boolean isValidVatNumber(String digits) {
        if (digits.length() != 11 || digits.startsWith("0000000")) {
            return false;
        }
        int office = Integer.parseInt(digits, 7, 10, 10);
        boolean officeValid = (office >= 1 && office <= 100) || office == 120 || office == 121 || office == 888
                || office == 999;
        return officeValid && isLuhnValid(digits);
    }

    /** @return whether the digits pass the Luhn mod-10 check */
    static boolean isLuhnValid(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /**
     * @return whether 9 digits are a drug code (AIC) in its decimal form: the ninth digit is the sum of the
     *         first eight, those in even positions doubled and reduced to one digit, mod 10
     */
    static boolean isValidDrugCode(String digits) {
        if (digits.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int d = digits.charAt(i) - '0';
            sum += i % 2 == 0 ? d : (2 * d) / 10 + (2 * d) % 10;
        }
        return sum % 10 == digits.charAt(8) - '0';
    }
}
