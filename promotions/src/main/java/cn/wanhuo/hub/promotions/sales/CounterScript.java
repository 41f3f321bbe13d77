package cn.wanhuo.hub.promotions.sales;

import org.springframework.data.redis.core.script.RedisScript;

/**
 * Sets one line's contribution to its campaign's counters, atomically. Redis keeps, per line, the revision and the
 * contribution it last applied; a revision not newer than that is refused, so applying a line twice (two workers, a
 * retry after a crash, a rebuild racing a worker) changes nothing, and the delta is always taken from what Redis
 * itself counted. Orders and buyers are hashes of key → counted lines, dropped at zero, so their HLEN stays exact
 * under refunds.
 */
final class CounterScript {

  /** KEYS: see {@link CounterKeys#all()}. ARGV: line, revision, counted (0/1), units, gmv, order, buyer, product, channel, prefecture. */
  static final RedisScript<Long> APPLY = RedisScript.of("""
      local previous = redis.call('HGET', KEYS[1], ARGV[1])
      local rev, counted, units, gmv = 0, 0, 0, 0
      if previous then
        local parts = {}
        for part in string.gmatch(previous, '[^|]+') do parts[#parts + 1] = tonumber(part) end
        rev, counted, units, gmv = parts[1], parts[2], parts[3], parts[4]
      end
      if tonumber(ARGV[2]) <= rev then return 0 end
      redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. '|' .. ARGV[3] .. '|' .. ARGV[4] .. '|' .. ARGV[5])
      local dc, du, dg = tonumber(ARGV[3]) - counted, tonumber(ARGV[4]) - units, tonumber(ARGV[5]) - gmv
      local function zadd(key, delta, member)
        if redis.call('ZINCRBY', key, delta, member) + 0 <= 0 then redis.call('ZREM', key, member) end
      end
      local function tally(key, field, delta)
        local left = redis.call('HINCRBY', key, field, delta)
        if left <= 0 then redis.call('HDEL', key, field) end
        return left
      end
      if dg ~= 0 then
        redis.call('HINCRBY', KEYS[2], 'gmv', dg)
        zadd(KEYS[5], dg, ARGV[8])
        redis.call('HINCRBY', KEYS[7], 'gmv:' .. ARGV[9], dg)
        redis.call('HINCRBY', KEYS[8], 'gmv:' .. ARGV[10], dg)
      end
      if du ~= 0 then
        redis.call('HINCRBY', KEYS[2], 'units', du)
        zadd(KEYS[6], du, ARGV[8])
        redis.call('HINCRBY', KEYS[7], 'units:' .. ARGV[9], du)
        redis.call('HINCRBY', KEYS[8], 'units:' .. ARGV[10], du)
      end
      if dc ~= 0 then
        redis.call('HINCRBY', KEYS[2], 'lines', dc)
        local left = tally(KEYS[3], ARGV[6], dc)
        if dc > 0 and left == 1 then redis.call('HINCRBY', KEYS[7], 'orders:' .. ARGV[9], 1) end
        if dc < 0 and left <= 0 then redis.call('HINCRBY', KEYS[7], 'orders:' .. ARGV[9], -1) end
        tally(KEYS[4], ARGV[7], dc)
      end
      return 1
      """, Long.class);

  private CounterScript() {}
}
