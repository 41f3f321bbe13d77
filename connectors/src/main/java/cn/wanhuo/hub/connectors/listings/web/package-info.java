/** HTTP endpoints for listing templates (admins) and per-channel overrides (producers and admins). */
@NullMarked
package cn.wanhuo.hub.connectors.listings.web;

import org.jspecify.annotations.NullMarked;
