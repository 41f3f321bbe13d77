/** The marketplace module: producers, catalog, regions, reference data, accounts and the Anhui pavilion. */
@NullMarked
package cn.wanhuo.hub.marketplace;

import org.jspecify.annotations.NullMarked;
