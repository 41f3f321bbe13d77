package cn.wanhuo.hub.connectors.sync;

import cn.wanhuo.hub.connectors.platform.Listing;
import cn.wanhuo.hub.connectors.platform.SkuOffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * A listing's fingerprint over a canonical form (properties and SKUs sorted), so the same listing hashes the same
 * on every instance and JVM, whatever order its maps iterate in.
 */
final class ListingHash {

  private static final char SEP = '\u001f';

  private ListingHash() {}

  static String of(Listing listing) {
    var text = new StringBuilder()
        .append(listing.outerId()).append(SEP).append(listing.title()).append(SEP).append(listing.description()).append(SEP)
        .append(listing.categoryId()).append(SEP);
    new TreeMap<>(listing.properties()).forEach((key, value) -> text.append(key).append('=').append(value).append(SEP));
    listing.imageUrls().forEach(url -> text.append(url).append(SEP));
    listing.skus().stream().sorted(Comparator.comparing(SkuOffer::outerSkuId)).forEach(sku -> text.append(sku.outerSkuId()).append('|')
        .append(sku.spec()).append('|').append(sku.priceFen()).append('|').append(sku.stock()).append(SEP));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
