package org.gridvoice.shared;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Pooled connections are in manual-commit mode (spring.datasource.hikari.auto-commit=false), so a
 * transaction starts without the two extra round trips of switching autocommit off and on again;
 * Hibernate is told so (provider_disables_autocommit). Plain JDBC statements outside a transaction
 * would then be rolled back when their connection returns to the pool, so JdbcTemplate (and the
 * JdbcClient built on it) gets connections switched to autocommit when no transaction holds one.
 * Inside a transaction nothing changes: the wrapper unwraps to the pool, under which the
 * transaction manager bound its connection, and JdbcTemplate uses that one.
 */
@Configuration(proxyBeanMethods = false)
class JdbcConfig {

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(new AutoCommitOutsideTransactions(dataSource));
    }

    static final class AutoCommitOutsideTransactions extends DelegatingDataSource implements InfrastructureProxy {

        AutoCommitOutsideTransactions(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return autoCommitting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return autoCommitting(super.getConnection(username, password));
        }

        private static Connection autoCommitting(Connection connection) throws SQLException {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            return connection;
        }

        @Override
        public Object getWrappedObject() {
            return obtainTargetDataSource();
        }
    }
}
