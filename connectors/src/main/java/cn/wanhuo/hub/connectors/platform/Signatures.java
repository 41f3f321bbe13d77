package cn.wanhuo.hub.connectors.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The four platforms' request signatures, exactly as their SDKs compute them (shared/reference/platform-apis.md).
 * The adapters sign with them and the simulators verify with them; the published vectors are unit tests.
 */
public final class Signatures {

  private Signatures() {}

  /**
   * Taobao/Tmall TOP: every parameter but {@code sign}, in Java string order, key and value concatenated where both
   * are non-empty; MD5 wrapped in the secret, or HMAC-MD5 / HMAC-SHA256 keyed with it, per {@code sign_method}.
   */
  public static String top(Map<String, String> params, String secret) {
    String joined = joinSorted(params, "sign");
    String method = params.getOrDefault("sign_method", "md5");
    byte[] digest = switch (method) {
      case "md5" -> md5(secret + joined + secret);
      case "hmac" -> hmac("HmacMD5", secret, joined);
      case "hmac-sha256" -> hmac("HmacSHA256", secret, joined);
      default -> throw new IllegalArgumentException("Unknown TOP sign_method " + method);
    };
    return HexFormat.of().withUpperCase().formatHex(digest);
  }

  /**
   * JD JOS: the system parameters and {@code 360buy_param_json}, sorted by key, concatenated and wrapped in the
   * secret; upper-case MD5.
   */
  public static String jos(Map<String, String> params, String secret) {
    return HexFormat.of().withUpperCase().formatHex(md5(secret + joinSorted(params, "sign") + secret));
  }

  /** Pinduoduo: every parameter but {@code sign}, ASCII order, wrapped in the client secret; upper-case MD5. */
  public static String pdd(Map<String, String> params, String clientSecret) {
    return HexFormat.of().withUpperCase().formatHex(md5(clientSecret + joinSorted(params, "sign") + clientSecret));
  }

  /**
   * Suning: MD5 of the secret, the method, the request time, the app key, the version and the Base64 of the body,
   * in lower-case hex.
   */
  public static String suning(
      String appSecret, String appMethod, String appRequestTime, String appKey, String versionNo, String body) {
    String encodedBody = Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(md5(appSecret + appMethod + appRequestTime + appKey + versionNo + encodedBody));
  }

  /** Constant-time comparison of a received signature with the expected one. */
  public static boolean matches(String expected, String received) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), received.getBytes(StandardCharsets.US_ASCII));
  }

  private static String joinSorted(Map<String, String> params, String skipped) {
    StringBuilder joined = new StringBuilder();
    new TreeMap<>(params).forEach((key, value) -> {
      if (!key.equals(skipped) && !key.isEmpty() && value != null && !value.isEmpty()) {
        joined.append(key).append(value);
      }
    });
    return joined.toString();
  }

  private static byte[] md5(String text) {
    try {
      return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("MD5 is part of every JDK", e);
    }
  }

  private static byte[] hmac(String algorithm, String secret, String text) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }
}
