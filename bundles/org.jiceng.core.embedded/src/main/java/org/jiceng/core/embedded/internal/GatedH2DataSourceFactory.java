package org.jiceng.core.embedded.internal;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.XADataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2's {@link DataSourceFactory} with its commits passed one at a time through the
 * {@link CommitGate}, so that a {@code kill -9} never leaves a transaction half written. The
 * shipped {@code etc/org.ops4j.datasource-jiceng.cfg} asks for it by name ({@value #NAME}); a
 * configuration naming only H2's driver class gets H2's own factory, without the gate. Only the
 * plain data source is gated: the pool (HikariCP, through pax-jdbc) is built on it; XA is not used.
 */
@Component(service = DataSourceFactory.class, property = {DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=org.h2.Driver",
        DataSourceFactory.OSGI_JDBC_DRIVER_NAME + "=" + GatedH2DataSourceFactory.NAME})
public class GatedH2DataSourceFactory implements DataSourceFactory {
    static final String NAME = "jiceng-h2";

    private final Logger logger = LoggerFactory.getLogger(GatedH2DataSourceFactory.class);
    private final DataSourceFactory h2;
    private final CommitGate gate;

    @Activate
    public GatedH2DataSourceFactory(@Reference(target = "(&(" + OSGI_JDBC_DRIVER_CLASS + "=org.h2.Driver)(!(" + OSGI_JDBC_DRIVER_NAME + "="
            + NAME + ")))") DataSourceFactory h2, @Reference CommitGate gate) {
        this.h2 = h2;
        this.gate = gate;
    }

    @Override
    public DataSource createDataSource(Properties props) throws SQLException {
        DataSource dataSource = GatedJdbc.dataSource(h2.createDataSource(props), gate);
        logger.info("Embedded H2 data source with its commits one at a time, so that a kill -9 leaves every transaction whole or absent");
        return dataSource;
    }

    @Override
    public ConnectionPoolDataSource createConnectionPoolDataSource(Properties props) throws SQLException {
        throw new SQLException("Only a plain data source of H2 has its commits gated; configure pool = hikari and xa = false");
    }

    @Override
    public XADataSource createXADataSource(Properties props) throws SQLException {
        throw new SQLException("Only a plain data source of H2 has its commits gated; configure pool = hikari and xa = false");
    }

    @Override
    public Driver createDriver(Properties props) throws SQLException {
        throw new SQLException("Only a plain data source of H2 has its commits gated; configure pool = hikari and xa = false");
    }
}
