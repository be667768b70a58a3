package it.piazza.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code model export --ente ID}: the comments the ente's moderators decided, as training data for
 * {@code model train}: one line per human decision (the latest on each comment), label 1 when the person hid
 * or removed it for abusive language (insult, discrimination, threat), 0 when they kept it or removed it for
 * another reason, with the category they confirmed (the abusive one first). Comments whose text was purged at the end of the retention period are left
 * out. An ente's own reviewed decisions are the best data for its own policy.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the ente's human moderation decisions as training data (JSON Lines on standard output).")
final class ModelExportCommand implements Callable<Integer> {

    /**
     * Abusive language the classifier learns. Obscenity is left to the rules: the training set labels
     * vulgarity aimed at nobody as not abusive.
     */
    private static final List<String> ABUSIVE = List.of("INSULT", "DISCRIMINATION", "THREAT");

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--ente", required = true, description = "the ente whose decisions are exported")
    String ente;

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        int lines = 0;
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("""
                     select d.id, i.text, d.action, d.categories from decision d join interaction i on i.id = d.interaction_id
                     where d.ente_id = ? and not d.automated and d.action in ('KEEP', 'HIDE', 'REMOVE') and i.text <> ''
                     and not exists (select 1 from decision later where later.interaction_id = d.interaction_id
                                     and later.decided_at > d.decided_at)
                     order by d.decided_at""")) {
            statement.setString(1, ente);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String action = rs.getString(3);
                    List<String> categories = rs.getString(4).isEmpty() ? List.of() : List.of(rs.getString(4).split(","));
                    String abusiveCategory = "KEEP".equals(action) ? null
                            : categories.stream().filter(ABUSIVE::contains).findFirst().orElse(null);
                    boolean abusive = abusiveCategory != null;
                    String first = abusive ? abusiveCategory : categories.isEmpty() ? null : categories.getFirst();
                    ObjectNode line = JsonLines.JSON.createObjectNode();
                    line.put("id", rs.getString(1));
                    line.put("text", rs.getString(2));
                    line.put("label", abusive ? 1 : 0);
                    if (first != null) {
                        line.put("category", first);
                    }
                    out.println(JsonLines.JSON.writeValueAsString(line));
                    lines++;
                }
            }
        }
        out.flush();
        spec.commandLine().getErr().println("exported " + lines + " decisions of " + ente);
        return 0;
    }
}
