package cn.wanhuo.hub.connectors.sync;

import cn.wanhuo.hub.connectors.platform.Listing;
import org.jspecify.annotations.Nullable;

/**
 * What a shop should show of a product: a listing, nothing (off sale), or a problem that stops any push.
 *
 * @param hash equal hashes mean the platform needs no call
 */
record Desired(String hash, @Nullable Listing listing, @Nullable String problem) {

  static final String DELISTED = "delisted";

  static Desired listed(Listing listing) {
    return new Desired(ListingHash.of(listing), listing, null);
  }

  static Desired delisted() {
    return new Desired(DELISTED, null, null);
  }

  static Desired unpushable(String problem) {
    return new Desired("problem:" + problem, null, problem);
  }

  boolean offSale() {
    return listing == null && problem == null;
  }
}
