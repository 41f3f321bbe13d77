/** HTTP endpoints for sync status, the error queue, retries and live counters. */
@NullMarked
package cn.wanhuo.hub.connectors.sync.web;

import org.jspecify.annotations.NullMarked;
