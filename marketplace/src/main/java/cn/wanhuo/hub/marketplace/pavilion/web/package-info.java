/** Public HTTP API of the Anhui pavilion. */
@NullMarked
package cn.wanhuo.hub.marketplace.pavilion.web;

import org.jspecify.annotations.NullMarked;
