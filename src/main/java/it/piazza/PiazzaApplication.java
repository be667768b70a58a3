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
 * <p>With no arguments, or with {@code serve}, it starts the server. Any other first argument is a command
 * of {@code docs/contracts.md}, run without a Spring context.
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
        if (args.length == 0 || "serve".equals(args[0])) {
            String[] rest = args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length);
            SpringApplication.run(PiazzaApplication.class, rest);
            return;
        }
        System.exit(PiazzaCli.run(args));
    }
}
