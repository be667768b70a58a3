package it.piazza.policy;

import it.piazza.detection.Category;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The public page of a policy, generated from the data Piazza enforces: the same text is served at
 * {@code /enti/{id}/policy} and rendered by {@code policy render}, so the page an ente publishes is exactly
 * the policy Piazza applies. Italian by default. Thread-safe; build once.
 */
public final class PolicyPage {

    /** The output formats. */
    public enum Format {
        HTML, MD
    }

    private final SpringTemplateEngine html;
    private final SpringTemplateEngine text;
    private final MessageSource messages;

    private PolicyPage(MessageSource messages) {
        this.messages = messages;
        this.html = engine(TemplateMode.HTML, ".html", messages);
        this.text = engine(TemplateMode.TEXT, ".md", messages);
    }

    /** @return a page renderer reading labels from the application's message bundles */
    public static PolicyPage create() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return new PolicyPage(source);
    }

    /**
     * @param policy the policy
     * @param format HTML or Markdown
     * @param version the version number in force, shown in the footer; null when not from the database
     * @param locale the language of labels (Italian by default)
     * @return the whole page
     */
    public String render(Policy policy, Format format, @Nullable Integer version, Locale locale) {
        Context context = new Context(locale);
        context.setVariables(Map.of(
                "p", policy,
                "lang", locale.getLanguage(),
                "rules", policy.moderation().categories().values().stream()
                        .sorted(Comparator.comparing(CategoryRule::category, Comparator.comparing(Category::ordinal))).toList(),
                "hours", hours(policy.hours(), locale),
                "conditions", policy.thirdPartyInitiatives().conditions().stream().sorted().toList(),
                "publishing", policy.publishing().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(Map.Entry::getValue).distinct().toList(),
                "dates", new Dates(locale),
                "periods", new Periods(locale)));
        if (version != null) {
            context.setVariable("version", version);
        }
        return (format == Format.HTML ? html : text).process("policy/page", context);
    }

    /** Renders in Italian. */
    public String render(Policy policy, Format format, @Nullable Integer version) {
        return render(policy, format, version, Locale.ITALIAN);
    }

    private List<String> hours(StaffedHoursRules rules, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (WeeklySlot slot : rules.weekly()) {
            lines.add(days(slot, locale) + ": " + time(slot.from().getHour(), slot.from().getMinute()) + "–"
                    + time(slot.to().getHour(), slot.to().getMinute()));
        }
        return lines;
    }

    private String days(WeeklySlot slot, Locale locale) {
        List<DayOfWeek> days = slot.days().stream().sorted().toList();
        boolean contiguous = days.getLast().getValue() - days.getFirst().getValue() == days.size() - 1;
        if (contiguous && days.size() >= 3) {
            return day(days.getFirst(), locale) + "–" + day(days.getLast(), locale);
        }
        List<String> names = days.stream().map(d -> day(d, locale)).toList();
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " e " + names.getLast();
    }

    private String day(DayOfWeek day, Locale locale) {
        return messages.getMessage("day." + day, null, locale);
    }

    private static String time(int hour, int minute) {
        return hour + ":" + (minute < 10 ? "0" : "") + minute;
    }

    private static SpringTemplateEngine engine(TemplateMode mode, String suffix, MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    /** Date formatting for the templates. */
    public static final class Dates {
        private final DateTimeFormatter date;
        private final DateTimeFormatter monthDay;

        Dates(Locale locale) {
            this.date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
            this.monthDay = DateTimeFormatter.ofPattern("d MMMM", locale);
        }

        /** @return e.g. "4 luglio 2024" */
        public String format(LocalDate value) {
            return date.format(value);
        }

        /** @return an ISO date such as "2017-09-22" as "22 settembre 2017"; any other label as it is */
        public String label(String value) {
            try {
                return format(LocalDate.parse(value));
            } catch (java.time.format.DateTimeParseException notADate) {
                return value;
            }
        }

        /** @return e.g. "24 giugno" */
        public String monthDay(MonthDay value) {
            return monthDay.format(value.atYear(2000));
        }
    }

    /** Period formatting for the templates. */
    public static final class Periods {
        private final boolean italian;

        Periods(Locale locale) {
            this.italian = !"en".equals(locale.getLanguage());
        }

        /** @return e.g. "30 giorni", "6 mesi", "1 anno" */
        public String format(Period period) {
            List<String> parts = new ArrayList<>();
            add(parts, period.getYears(), italian ? "anno" : "year", italian ? "anni" : "years");
            add(parts, period.getMonths(), italian ? "mese" : "month", italian ? "mesi" : "months");
            add(parts, period.getDays(), italian ? "giorno" : "day", italian ? "giorni" : "days");
            return parts.isEmpty() ? "0" : String.join(" ", parts);
        }

        private static void add(List<String> parts, int n, String one, String many) {
            if (n != 0) {
                parts.add(n + " " + (n == 1 ? one : many));
            }
        }
    }
}
