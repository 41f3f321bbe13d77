/** Start-up checks of the configuration the hub is given. */
@NullMarked
package cn.wanhuo.hub.app.settings;

import org.jspecify.annotations.NullMarked;
