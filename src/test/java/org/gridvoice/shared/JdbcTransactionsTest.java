package org.gridvoice.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pooled connections are in manual-commit mode (see JdbcConfig): plain JDBC outside a transaction
 * must still be committed, and inside one it must use the transaction's connection, so it is
 * undone with the transaction.
 */
@GridVoiceTest
class JdbcTransactionsTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired DataSource dataSource;

    private void insert(String key) {
        jdbc.sql("INSERT INTO account_login_throttle (throttle_key, failures, window_start) VALUES (?, 1, NOW())").params(key).update();
    }

    /** Seen from another pooled connection, so only committed rows count. */
    private boolean committed(String key) throws Exception {
        try (Connection other = dataSource.getConnection();
             PreparedStatement query = other.prepareStatement("SELECT COUNT(*) FROM account_login_throttle WHERE throttle_key = ?")) {
            query.setString(1, key);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    @Test
    void a_statement_outside_a_transaction_is_committed() throws Exception {
        String key = "jdbc-test:outside:" + System.nanoTime();
        insert(key);
        assertThat(committed(key)).isTrue();
    }

    @Test
    void statements_inside_a_transaction_share_its_connection_and_roll_back_with_it() throws Exception {
        String key = "jdbc-test:rolled-back:" + System.nanoTime();
        transaction.execute(status -> {
            insert(key);
            try {
                assertThat(committed(key)).as("not visible before the commit").isFalse();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly();
            return null;
        });
        assertThat(committed(key)).isFalse();
        String kept = "jdbc-test:committed:" + System.nanoTime();
        transaction.execute(status -> {
            insert(kept);
            return null;
        });
        assertThat(committed(kept)).isTrue();
    }
}
