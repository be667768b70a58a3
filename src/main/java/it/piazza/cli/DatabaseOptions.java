package it.piazza.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import picocli.CommandLine.Option;

/**
 * Where a command reads Piazza's database: by default the embedded one under {@code ./data} (which the
 * server opens in mixed mode, so the command works while Piazza runs), or any JDBC URL.
 */
final class DatabaseOptions {

    static final String EMBEDDED = "jdbc:h2:file:./data/piazza;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;IFEXISTS=TRUE";

    @Option(names = "--db", description = "JDBC URL of Piazza's database (default: the embedded one in ./data)")
    String url = EMBEDDED;

    @Option(names = "--db-user", description = "database user (default: sa for H2, or $PIAZZA_DB_USER)")
    String user = System.getenv().getOrDefault("PIAZZA_DB_USER", "sa");

    @Option(names = "--db-password-env", description = "name of the environment variable holding the password",
            defaultValue = "PIAZZA_DB_PASSWORD")
    String passwordVariable;

    Connection connect() {
        try {
            return DriverManager.getConnection(url, user, System.getenv().getOrDefault(passwordVariable, ""));
        } catch (SQLException e) {
            throw new IllegalArgumentException("cannot open the database " + url + ": " + e.getMessage()
                    + (url.equals(EMBEDDED) ? " (run the command in the folder where Piazza keeps ./data, or pass --db)" : ""), e);
        }
    }
}
