/** Public HTTP read access to the sourced reference data. */
@NullMarked
package cn.wanhuo.hub.marketplace.reference.web;

import org.jspecify.annotations.NullMarked;
