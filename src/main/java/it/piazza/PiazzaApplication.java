package it.piazza;

import it.piazza.cli.PiazzaCli;
import org.springframework.boot.SpringApplication;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Piazza: the server and the command-line tool in one jar.
 *
 * <p>With no arguments, with {@code serve}, or with settings only ({@code --server.port=9090}), it starts the
 * server. Any other first argument is a command of {@code docs/contracts.md}, run without a Spring context.
 */
@SpringBootApplication
@Modulithic(sharedModules = "detection")
@EnableScheduling
public class PiazzaApplication {

    /** @return the clock every module reads time from, so that tests can fix it */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        if (args.length > 0 && "serve".equals(args[0])) {
            SpringApplication.run(PiazzaApplication.class, java.util.Arrays.copyOfRange(args, 1, args.length));
        } else if (startsServer(args)) {
            SpringApplication.run(PiazzaApplication.class, args);
        } else {
            System.exit(PiazzaCli.run(args));
        }
    }

    /**
     * @return whether {@code args} mean the server without saying {@code serve}: none at all, or settings
     *         such as {@code --server.port=9090} (a command's options always follow the command)
     */
    static boolean startsServer(String[] args) {
        return args.length == 0 || args[0].matches("--[a-z][\\w-]*\\.[\\w.\\[\\]-]*=.*");
    }
}
