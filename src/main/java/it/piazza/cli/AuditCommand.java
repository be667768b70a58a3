package it.piazza.cli;

import it.piazza.audit.AuditChain;
import it.piazza.audit.AuditEntry;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code audit verify [--ente ID]}: checks each ente's hash chain; one JSON line per ente. */
@Command(name = "audit", description = "Verify the tamper-evident audit log.", subcommands = AuditCommand.Verify.class)
final class AuditCommand {

    @Command(name = "verify", description = "Verify every ente's chain (or one): changed, removed or truncated entries are reported.")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Option(names = "--ente", description = "only this ente")
        @Nullable String ente;

        @Override
        public Integer call() throws SQLException {
            PrintWriter out = spec.commandLine().getOut();
            boolean intact = true;
            try (Connection connection = database.connect()) {
                for (String[] head : heads(connection)) {
                    AuditChain.Verification verification = AuditChain.verify(head[0], entries(connection, head[0]),
                            Long.parseLong(head[1]), head[2]);
                    intact &= verification.intact();
                    ObjectNode line = JsonLines.JSON.createObjectNode();
                    line.put("ente", verification.enteId());
                    line.put("entries", verification.entries());
                    line.put("intact", verification.intact());
                    if (!verification.intact()) {
                        line.put("broken_at", verification.brokenAt());
                        line.put("problem", verification.problem());
                    }
                    out.println(JsonLines.JSON.writeValueAsString(line));
                }
            }
            out.flush();
            return intact ? 0 : 1;
        }

        private List<String[]> heads(Connection connection) throws SQLException {
            String sql = "select ente_id, seq, hash from audit_head" + (ente == null ? "" : " where ente_id = ?")
                    + " order by ente_id";
            List<String[]> heads = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (ente != null) {
                    statement.setString(1, ente);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        heads.add(new String[] {rs.getString(1), Long.toString(rs.getLong(2)), rs.getString(3)});
                    }
                }
            }
            return heads;
        }

        private static List<AuditEntry> entries(Connection connection, String enteId) throws SQLException {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select " + AuditEntry.COLUMNS + " from audit_entry where ente_id = ? order by seq")) {
                statement.setString(1, enteId);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        entries.add(AuditEntry.of(rs));
                    }
                }
            }
            return entries;
        }
    }
}
