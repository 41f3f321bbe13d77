/** Uploaded files (licence scans, images) kept in MongoDB GridFS, checked by content type and size. */
@NullMarked
package cn.wanhuo.hub.shared.files;

import org.jspecify.annotations.NullMarked;
