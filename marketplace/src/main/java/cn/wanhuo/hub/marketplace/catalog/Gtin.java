package cn.wanhuo.hub.marketplace.catalog;

/** A GS1 barcode number (GTIN-8, -12, -13 or -14) whose last digit is its mod-10 check digit. */
public record Gtin(String value) {

  public Gtin {
    if (!isValid(value)) {
      throw new IllegalArgumentException("Not a valid GTIN (8, 12, 13 or 14 digits with a correct check digit): " + value);
    }
  }

  public static boolean isValid(String candidate) {
    if (candidate == null || !candidate.matches("\\d{8}|\\d{12,14}")) {
      return false;
    }
    int last = candidate.length() - 1;
    return candidate.charAt(last) - '0' == checkDigit(candidate.substring(0, last));
  }

  /** Weights 3 and 1 alternate from the rightmost payload digit. */
  static int checkDigit(String payload) {
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      int digit = payload.charAt(payload.length() - 1 - i) - '0';
      sum += digit * (i % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
  }
}
