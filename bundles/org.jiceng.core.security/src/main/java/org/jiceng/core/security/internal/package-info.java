/** Authentication internals: the JAAS realm over the accounts, the authenticator, token signing. Private. */
package org.jiceng.core.security.internal;
