package org.gridvoice.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridvoice.support.GridVoiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What MariaDB Galera Cluster needs of every table the migrations create: InnoDB (the only engine it replicates)
 * and a primary key (rows without one replicate unreliably, and deletes on them are refused or slow).
 */
@GridVoiceTest
class GaleraReadySchemaTest {

    @Autowired JdbcClient jdbc;

    @Test
    void every_table_is_innodb_with_a_primary_key() {
        var withoutKey = jdbc.sql("""
                SELECT t.table_name FROM information_schema.tables t
                LEFT JOIN information_schema.table_constraints c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
                    AND c.constraint_type = 'PRIMARY KEY'
                WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND c.constraint_name IS NULL
                ORDER BY t.table_name""").query(String.class).list();
        var notInnoDb = jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB' ORDER BY table_name""")
                .query(String.class).list();
        long tables = jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")
                .query(Long.class).single();
        assertThat(tables).as("the schema is there").isGreaterThan(50);
        assertThat(withoutKey).as("tables without a primary key").isEmpty();
        assertThat(notInnoDb).as("tables not on InnoDB").isEmpty();
    }
}
