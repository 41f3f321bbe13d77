/**
 * Sourced reference facts about Anhui: specialty products with their geographical-indication status and
 * time-honoured brands, each with how well it is confirmed. Unconfirmed claims must never be shown as fact.
 */
@NullMarked
package cn.wanhuo.hub.marketplace.reference;

import org.jspecify.annotations.NullMarked;
