package io.commitments.projections;

import io.commitments.projections.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class ViewTablesTest {

    @Parameter
    TestDatabase database;

    private final AtomicInteger statementsSent = new AtomicInteger();
    private JdbcClient plain;
    private ViewTables tables;
    private TransactionTemplate transactions;

    @BeforeEach
    void setUp() {
        TestDatabase.Schema schema = database.freshSchema();
        plain = schema.jdbc();
        plain.sql("CREATE TABLE vt_item (id INT PRIMARY KEY, label VARCHAR(20), note VARCHAR(20))").update();
        plain.sql("CREATE TABLE vt_tally (taken INT NOT NULL)").update();
        DataSource counting = counting(schema.dataSource());
        tables = new ViewTables(counting);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(counting));
    }

    @Test
    void outsideATransactionAWriteIsStoredAtOnce() {
        tables.write("INSERT INTO vt_item (id, label) VALUES (:id, :label)").param("id", 1).param("label", "one")
                .update();

        assertThat(plain.sql("SELECT label FROM vt_item").query(String.class).list()).containsExactly("one");
    }

    @Test
    void aTransactionsWritesOfOneTableAreAppliedInTheOrderTheyWereMade() {
        transactions.executeWithoutResult(status -> {
            insert(1, "one");
            tables.write("UPDATE vt_item SET label = :label WHERE id = :id").param("id", 1).param("label", "first")
                    .update();
            insert(2, "two");
            tables.write("DELETE FROM vt_item WHERE id = :id").param("id", 2).update();
            insert(2, "again");
            tables.write("UPDATE vt_item SET note = label WHERE id = :id").param("id", 1).update();
        });

        assertThat(plain.sql("SELECT id, label, note FROM vt_item ORDER BY id")
                .query((row, n) -> row.getInt(1) + " " + row.getString(2) + " " + row.getString(3)).list())
                .containsExactly("1 first first", "2 again null");
    }

    @Test
    void aReadSeesTheWritesMadeBeforeItInItsTransaction() {
        List<String> read = transactions.execute(status -> {
            insert(1, "one");
            insert(2, "two");
            return tables.read("SELECT label FROM vt_item ORDER BY id").query(String.class).list();
        });

        assertThat(read).containsExactly("one", "two");
    }

    @Test
    void aWriteThatReadsAnotherTableSeesItAsItWasWhenTheWriteWasMade() {
        transactions.executeWithoutResult(status -> {
            insert(1, "one");
            tables.write("INSERT INTO vt_tally (taken) SELECT COUNT(*) FROM vt_item").update();
            insert(2, "two");
            tables.write("INSERT INTO vt_tally (taken) SELECT COUNT(*) FROM vt_item").update();
        });

        assertThat(plain.sql("SELECT taken FROM vt_tally ORDER BY taken").query(Integer.class).list())
                .containsExactly(1, 2);
    }

    @Test
    void aRolledBackTransactionStoresNoneOfItsWrites() {
        transactions.executeWithoutResult(status -> {
            insert(1, "one");
            status.setRollbackOnly();
        });

        assertThat(plain.sql("SELECT COUNT(*) FROM vt_item").query(Integer.class).single()).isZero();
    }

    @Test
    void aWriteTheDatabaseRefusesFailsTheCommitAndStoresNothing() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            insert(1, "one");
            tables.write("INSERT INTO vt_tally (taken) VALUES (:taken)").param("taken", 1).update();
            insert(1, "duplicate");
        })).hasMessageContaining("vt_item");

        assertThat(plain.sql("SELECT COUNT(*) FROM vt_item").query(Integer.class).single()).isZero();
        assertThat(plain.sql("SELECT COUNT(*) FROM vt_tally").query(Integer.class).single()).isZero();
    }

    @Test
    void writesOfOneStatementInATransactionAreSentAsOneBatch() {
        transactions.executeWithoutResult(status -> {
            for (int id = 1; id <= 50; id++) {
                insert(id, "item " + id);
                tables.write("INSERT INTO vt_tally (taken) VALUES (:taken)").param("taken", id).update();
            }
        });

        assertThat(plain.sql("SELECT COUNT(*) FROM vt_item").query(Integer.class).single()).isEqualTo(50);
        assertThat(plain.sql("SELECT SUM(taken) FROM vt_tally").query(Integer.class).single()).isEqualTo(1275);
        assertThat(statementsSent).hasValue(2);
    }

    @Test
    void writesOfDifferentRowsGoAsOneBatchPerStatementWhileEachRowKeepsTheOrderOfItsWrites() {
        transactions.executeWithoutResult(status -> {
            for (int id = 1; id <= 20; id++) {
                insert(id, "item " + id);
                tables.write("UPDATE vt_item SET label = :label WHERE id = :id").param("id", id - 1)
                        .param("label", "changed " + (id - 1)).update();
                tables.write("UPDATE vt_item SET note = label WHERE id = :id").param("id", id - 1).update();
            }
        });

        assertThat(plain.sql("SELECT id, label, note FROM vt_item ORDER BY id")
                .query((row, n) -> row.getInt(1) + " " + row.getString(2) + " " + row.getString(3)).list())
                .hasSize(20)
                .startsWith("1 changed 1 changed 1", "2 changed 2 changed 2")
                .endsWith("19 changed 19 changed 19", "20 item 20 null");
        assertThat(statementsSent).as("each statement once: the rows' writes came in three waves").hasValue(3);
    }

    @Test
    void aWriteWhoseRowsAreNotNamedKeepsItsPlaceAmongAllTheTablesWrites() {
        transactions.executeWithoutResult(status -> {
            insert(1, "one");
            insert(2, "two");
            tables.write("UPDATE vt_item SET note = label WHERE label LIKE :pattern").param("pattern", "t%").update();
            insert(3, "three");
            tables.write("UPDATE vt_item SET label = :label WHERE id = :id").param("id", 2).param("label", "second")
                    .update();
        });

        assertThat(plain.sql("SELECT id, label, note FROM vt_item ORDER BY id")
                .query((row, n) -> row.getInt(1) + " " + row.getString(2) + " " + row.getString(3)).list())
                .containsExactly("1 one null", "2 second two", "3 three null");
    }

    @Test
    void aReadMustNotChangeATableNorAWriteBeAQuery() {
        assertThatThrownBy(() -> tables.read("UPDATE vt_item SET label = 'x'"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tables.write("SELECT * FROM vt_item"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void insert(int id, String label) {
        tables.write("INSERT INTO vt_item (id, label) VALUES (:id, :label)").param("id", id).param("label", label)
                .update();
    }

    /** The data source, counting the statements prepared for writes: one per batch or single write. */
    private DataSource counting(DataSource dataSource) {
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[]{Connection.class}, (proxy, method, arguments) -> {
                            if (method.getName().equals("prepareStatement") && arguments[0] instanceof String sql
                                    && !sql.stripLeading().toUpperCase().startsWith("SELECT")) {
                                statementsSent.incrementAndGet();
                            }
                            try {
                                return method.invoke(connection, arguments);
                            } catch (InvocationTargetException failure) {
                                throw failure.getCause();
                            }
                        });
            }
        };
    }
}
