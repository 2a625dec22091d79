package org.jiceng.security;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The roles of an account; each but {@link #ADMIN} is bound to the account's jurisdiction subtree. */
public enum Role {
    /** Everything, everywhere. */
    ADMIN,
    /** Accounts and module enablement inside its subtree, plus everything an operator may. */
    JURISDICTION_ADMIN,
    /** Reads and writes inside its subtree. */
    OPERATOR,
    /** Reads inside its subtree. */
    VIEWER,
    /** A machine account of another system (SOAP/REST client); reads and writes inside its subtree. */
    INTEGRATION;

    /** The external name, e.g. {@code jurisdiction-admin}. */
    public String externalName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses an external name ({@code jurisdiction-admin}) or a constant name; null if unknown. */
    public static @Nullable Role parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role role : values()) {
            if (role.name().equals(normalized)) {
                return role;
            }
        }
        return null;
    }
}
