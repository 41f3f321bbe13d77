/**
 * The catalog: products with their category's attributes, SKUs, bilingual descriptions and provenance.
 * This package so far holds the rules products are checked against; the product lifecycle builds on them.
 */
@NullMarked
package cn.wanhuo.hub.marketplace.catalog;

import org.jspecify.annotations.NullMarked;
