/** Who may use the hub: accounts with hashed passwords, roles and, for reviewers, the region they cover. */
@NullMarked
package cn.wanhuo.hub.marketplace.accounts;

import org.jspecify.annotations.NullMarked;
