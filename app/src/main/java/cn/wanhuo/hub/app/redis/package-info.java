/** Redis client behaviour for an outage: fail fast instead of queueing, so callers answer 503 and recover by themselves. */
@NullMarked
package cn.wanhuo.hub.app.redis;

import org.jspecify.annotations.NullMarked;
