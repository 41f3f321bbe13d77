package cn.wanhuo.hub.connectors.channels;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for shop secrets: a fresh 96-bit nonce per value, stored in front of the ciphertext and its tag, all
 * Base64. GCM's tag makes a tampered or wrongly keyed value fail to open rather than decrypt to garbage.
 */
@Component
class SecretBox {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random;

  SecretBox(ChannelSettings settings) {
    byte[] raw = Base64.getDecoder().decode(settings.secretKey());
    if (raw.length != 32) {
      throw new IllegalStateException("wanhuo.connectors.secret-key must be 32 bytes in Base64, not " + raw.length);
    }
    this.key = new SecretKeySpec(raw, "AES");
    // A DRBG seeded here, at start-up, draws nonces without reading /dev/urandom on an event loop later.
    try {
      this.random = SecureRandom.getInstance("DRBG");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("DRBG is part of every JDK", e);
    }
    this.random.nextBytes(new byte[NONCE_BYTES]);
  }

  String seal(String plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(UTF_8));
      return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JDK", e);
    }
  }

  String open(String sealed) {
    byte[] all = Base64.getDecoder().decode(sealed);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), UTF_8);
    } catch (GeneralSecurityException e) {
      // Never the value itself in the message: only that the key does not open it.
      throw new IllegalStateException("A shop secret cannot be decrypted with the configured wanhuo.connectors.secret-key", e);
    }
  }
}
