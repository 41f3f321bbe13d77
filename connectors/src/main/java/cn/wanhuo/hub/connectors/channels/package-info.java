/**
 * Shops the hub sells through on each platform: their credentials (secrets encrypted at rest), status and QPS, and
 * the distributed rate limit every platform call waits on.
 */
@NullMarked
package cn.wanhuo.hub.connectors.channels;

import org.jspecify.annotations.NullMarked;
