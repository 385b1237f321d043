package dev.rapport.bot.storage.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What a database still keeps of one person, looked for in every table, whatever the storage layer says. */
public final class Traces {
    private Traces() {
    }

    /**
     * Every "table column = value" of {@code c}'s schema whose {@code user_id} is {@code user} or whose value
     * contains {@code pseudonym} anywhere (inside JSON documents too).
     */
    public static List<String> of(Connection c, String user, String pseudonym) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = c.getMetaData().getTables(null, c.getSchema(), "%", new String[]{"TABLE"})) {
            while (r.next()) {
                tables.add(r.getString("TABLE_NAME"));
            }
        }
        List<String> hits = new ArrayList<>();
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table)) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    for (int i = 1; i <= n; i++) {
                        String column = r.getMetaData().getColumnName(i);
                        Object v = r.getObject(i);
                        if (v != null && (v.toString().contains(pseudonym)
                                || column.equalsIgnoreCase("user_id") && v.toString().equals(user))) {
                            hits.add(table + " " + column + " = " + v);
                        }
                    }
                }
            }
        }
        return hits;
    }
}
