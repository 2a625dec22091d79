package org.jiceng.core.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class GatedDataSourceTest {
    @Test
    void anotherDatabasesConnectionsAreHandedOutAsTheyAre() throws SQLException {
        Connection other = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                (self, method, args) -> method.getName().equals("isWrapperFor") ? false : null);
        DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class},
                (self, method, args) -> method.getName().equals("getConnection") ? other : null);
        assertSame(other, new GatedDataSource(pool).getConnection());
    }

    @Test
    void h2ConnectionsAreGated() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID());
        try (Connection c = new GatedDataSource(h2).getConnection()) {
            assertTrue(Proxy.isProxyClass(c.getClass()), "the gate's proxy");
            assertTrue(H2Stores.isH2(c));
        }
    }
}
