/** Public HTTP read access to Anhui's regions. */
@NullMarked
package cn.wanhuo.hub.marketplace.regions.web;

import org.jspecify.annotations.NullMarked;
