/** HTTP endpoints for logging in and out, registering and asking who is logged in. */
@NullMarked
package cn.wanhuo.hub.app.security.web;

import org.jspecify.annotations.NullMarked;
