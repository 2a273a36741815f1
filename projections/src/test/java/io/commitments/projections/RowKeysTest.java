package io.commitments.projections;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RowKeysTest {

    @Test
    void anInsertNamesItsRowByTheParameterGivenForTheKeyColumn() {
        assertThat(RowKeys.parameterFor("""
                INSERT INTO commitment_view (partnership_id, commitment_id, state)
                VALUES (:partnership, :id, :state)""", "commitment_id")).contains("id");
    }

    @Test
    void anUpdateOrDeleteNamesItsRowByAnEqualityOnTheKeyAmongConditionsJoinedByAnd() {
        assertThat(RowKeys.parameterFor("UPDATE commitment_view SET state = :state, note = NULL WHERE commitment_id = :id",
                "commitment_id")).contains("id");
        assertThat(RowKeys.parameterFor("""
                UPDATE accountability_open_period SET ended_at = :at
                WHERE commitment_id = :id AND ended_at IS NULL""", "COMMITMENT_ID")).contains("id");
        assertThat(RowKeys.parameterFor("DELETE FROM follow_through_item WHERE state <> :s AND commitment_id = :id",
                "commitment_id")).contains("id");
    }

    @Test
    void aStatementWhoseRowsAreNotPlainlyNamedHasNoRowKey() {
        String key = "commitment_id";
        assertThat(RowKeys.parameterFor("""
                INSERT INTO meeting_view_proposal (proposal_id, tabled_no)
                SELECT :proposal, COUNT(*) + 1 FROM meeting_view_proposal WHERE meeting_id = :meeting""", "proposal_id"))
                .as("reads its own table").isEmpty();
        assertThat(RowKeys.parameterFor("INSERT INTO t (label, commitment_id) VALUES ('a, b', :id)", key))
                .as("a literal").isEmpty();
        assertThat(RowKeys.parameterFor("INSERT INTO t (commitment_id) VALUES (CAST(:id AS UUID))", key))
                .as("an expression").isEmpty();
        assertThat(RowKeys.parameterFor("INSERT INTO t (state) VALUES (:state)", key))
                .as("no key given").isEmpty();
        assertThat(RowKeys.parameterFor("UPDATE t SET state = :s WHERE partnership_id = :p", key))
                .as("chosen by another column").isEmpty();
        assertThat(RowKeys.parameterFor("UPDATE t SET state = :s WHERE commitment_id = :id OR state = :s", key))
                .as("OR").isEmpty();
        assertThat(RowKeys.parameterFor("UPDATE t SET commitment_id = :new WHERE commitment_id = :id", key))
                .as("moves the row to another key").isEmpty();
        assertThat(RowKeys.parameterFor("UPDATE t SET state = :s WHERE commitment_id >= :id", key))
                .as("a range").isEmpty();
        assertThat(RowKeys.parameterFor("UPDATE t SET n = (SELECT COUNT(*) FROM t) WHERE commitment_id = :id", key))
                .as("reads a table").isEmpty();
        assertThat(RowKeys.parameterFor("DELETE FROM t", key)).as("every row").isEmpty();
    }
}
