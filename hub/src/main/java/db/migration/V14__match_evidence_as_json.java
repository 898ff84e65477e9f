package db.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Match evidence was stored as text, "field OUTCOME weight; ..."; from now on it is a JSON array of
 * {"field","outcome","weight"} (see MatchEvidenceColumn). A Java migration, so one parser converts the
 * rows on H2 and on PostgreSQL alike. The text held field names, outcomes and weights only, never values.
 */
public class V14__match_evidence_as_json extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        convert(connection, "match_review", "pair_id");
        convert(connection, "match_history", "person_id", "event_id");
    }

    private static void convert(Connection connection, String table, String... key) throws SQLException {
        String where = String.join(" = ? and ", key) + " = ?";
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select evidence, " + String.join(", ", key)
                        + " from " + table + " where evidence is not null");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Object[] row = new Object[key.length + 1];
                row[0] = asJson(rs.getString(1));
                for (int i = 0; i < key.length; i++) {
                    row[i + 1] = rs.getString(i + 2);
                }
                rows.add(row);
            }
        }
        try (PreparedStatement update =
                connection.prepareStatement("update " + table + " set evidence = ? where " + where)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    update.setString(i + 1, (String) row[i]);
                }
                update.addBatch();
            }
            if (!rows.isEmpty()) {
                update.executeBatch();
            }
        }
    }

    /** The old text read back ("field OUTCOME weight; ..."; empty for none) as the JSON array. */
    public static String asJson(String text) {
        ArrayNode array = JSON.createArrayNode();
        if (text != null) {
            for (String part : text.split(";")) {
                String[] words = part.strip().split("\\s+");
                if (words.length == 1 && words[0].isEmpty()) {
                    continue;
                }
                if (words.length != 3) {
                    throw new IllegalArgumentException("evidence not in the form 'field OUTCOME weight'");
                }
                array.addObject()
                        .put("field", words[0])
                        .put("outcome", words[1])
                        .put("weight", Double.parseDouble(words[2]));
            }
        }
        return array.toString();
    }
}
