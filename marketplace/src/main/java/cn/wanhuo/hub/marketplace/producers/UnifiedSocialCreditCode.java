package cn.wanhuo.hub.marketplace.producers;

/**
 * 统一社会信用代码 per GB 32100-2015: 18 characters from a 31-character alphabet (no I, O, Z, S, V); the last is a
 * check character computed from the first 17 with fixed weights, modulo 31.
 */
public record UnifiedSocialCreditCode(String value) {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  public UnifiedSocialCreditCode {
    if (!isValid(value)) {
      throw new IllegalArgumentException("Not a valid unified social credit code: " + value);
    }
  }

  public static boolean isValid(String candidate) {
    if (candidate == null || candidate.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
        return false;
      }
    }
    return candidate.charAt(17) == checkCharacter(candidate.substring(0, 17));
  }

  /** The 18th character for the first 17. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return ALPHABET.charAt(check);
  }

  @Override
  public String toString() {
    return value;
  }
}
