/**
 * Listing sync: the desired listing of every product on every shop, planned from the catalog, campaigns, templates
 * and overrides, and pushed to the platforms by leased, rate-limited, idempotent workers until the platform shows it.
 */
@NullMarked
package cn.wanhuo.hub.connectors.sync;

import org.jspecify.annotations.NullMarked;
