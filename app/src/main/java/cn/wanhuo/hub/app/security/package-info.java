/** Who is calling: session login backed by Redis, CSRF for the single-page app, roles, throttling, the first admin. */
@NullMarked
package cn.wanhuo.hub.app.security;

import org.jspecify.annotations.NullMarked;
