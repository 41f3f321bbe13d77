/** HTTP API of the catalog: producers' products and the reviewers' product queue. */
@NullMarked
package cn.wanhuo.hub.marketplace.catalog.web;

import org.jspecify.annotations.NullMarked;
