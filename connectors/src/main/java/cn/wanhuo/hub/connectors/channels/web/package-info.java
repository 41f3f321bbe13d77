/** HTTP endpoints for connecting, re-authorising and disabling shops, and the demo shops. */
@NullMarked
package cn.wanhuo.hub.connectors.channels.web;

import org.jspecify.annotations.NullMarked;
