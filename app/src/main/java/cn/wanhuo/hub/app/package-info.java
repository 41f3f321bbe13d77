/** The application assembly: cross-cutting web behaviour, security, settings and service wiring. */
@NullMarked
package cn.wanhuo.hub.app;

import org.jspecify.annotations.NullMarked;
