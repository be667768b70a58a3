package it.piazza.policy;

import it.piazza.detection.Category;
import it.piazza.detection.Topic;
import it.piazza.policy.internal.Problems;
import it.piazza.policy.internal.YamlMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a policy file (YAML, format 1, documented in {@code docs/policy-format.md}) and validates it whole:
 * either every field is right and a {@link Policy} comes back, or an {@link InvalidPolicyException} lists
 * every problem with file, line, column, what is wrong and what is expected. Nothing is half-loaded.
 */
public final class PolicyReader {

    /** The format version this reader understands. */
    public static final int FORMAT = 1;

    private static final int MAX_BYTES = 1 << 20;

    private PolicyReader() {
    }

    /**
     * @param file a policy file
     * @return the validated policy
     * @throws InvalidPolicyException when anything is wrong
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Policy read(Path file) {
        try {
            return read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidPolicyException(List.of(new PolicyProblem(file.toString(), 0, 0, "",
                    "the file is not UTF-8 text; save it as UTF-8")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read policy file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param source the name shown in problems (file name or preset id)
     * @param yaml the text of the policy
     * @return the validated policy
     * @throws InvalidPolicyException when anything is wrong
     */
    public static Policy read(String source, String yaml) {
        Problems problems = new Problems(source);
        if (yaml.length() > MAX_BYTES) {
            problems.at((Node) null, "", "the file is larger than 1 MB; a policy is a few kilobytes");
            throw new InvalidPolicyException(problems.sorted());
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported by YamlMap with a position
            options.setMaxAliasesForCollections(10);
            root = new Yaml(new SafeConstructor(options)).compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            problems.at(e.getProblemMark(), "", "the file is not valid YAML: " + e.getProblem()
                    + (e.getContext() == null ? "" : " (" + e.getContext() + ")")
                    + ". Check indentation (spaces, not tabs) and quotes around texts containing \": \" or \"#\"");
            throw new InvalidPolicyException(problems.sorted());
        }
        if (root == null) {
            problems.at((Node) null, "", "the file is empty; a policy starts with \"format: 1\"");
            throw new InvalidPolicyException(problems.sorted());
        }
        YamlMap top = YamlMap.of(problems, "", root);
        Policy policy = top == null ? null : new Fields(top).policy();
        if (policy == null || !problems.isEmpty()) {
            throw new InvalidPolicyException(problems.sorted());
        }
        return policy;
    }

    /** Reads the fields of one file; every method reports problems and returns a placeholder to go on. */
    private static final class Fields {

        private final YamlMap top;
        private final Problems problems;

        Fields(YamlMap top) {
            this.top = top;
            this.problems = top.problems();
        }

        @Nullable Policy policy() {
            int format = top.integer("format", 0, 1);
            if (format != FORMAT) {
                top.problem("format", top.has("format")
                        ? "unsupported format " + format + "; this version of Piazza reads format " + FORMAT
                        : "missing field \"format\"; the first line must be \"format: " + FORMAT + "\"");
            }
            String id = top.requiredText("id");
            if (!id.isEmpty() && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                top.problem("id", "\"" + id + "\" is not a valid id; use lower-case letters, digits and dashes, e.g. comune-massa");
            }
            String revision = top.requiredText("revision");
            Ente ente = ente(top.map("ente", true));
            List<String> purposes = top.texts("purposes");
            if (purposes.isEmpty()) {
                top.problem("purposes", "list at least one institutional purpose of the channels: off-topic decisions rest on it");
            }
            List<Channel> channels = channels();
            String otherProfiles = top.text("other_profiles_notice", false);
            StaffedHoursRules hours = hours(top.map("staffed_hours", true));
            ModerationRules moderation = moderation(top.map("moderation", true));
            Sanctions sanctions = sanctions(top.map("sanctions", true));
            List<Contact> contacts = contacts();
            List<Office> offices = offices();
            PrivateMessageRules privateMessages = privateMessages(top.map("private_messages", true), contacts);
            Map<ReplyTemplate, String> templates = templates(top.map("templates", false));
            ContentLicence licence = licence(top.map("content_licence", false));
            ThirdPartyInitiatives initiatives = initiatives(top.map("third_party_initiatives", false));
            List<InternalRule> internalRules = internalRules();
            ChatbotRules chatbot = chatbot(top.map("chatbot", false));
            Map<PublishingCheck, String> publishing = publishing(top.map("publishing", false));
            List<ElectoralPeriod> periods = electoralPeriods();
            Retention retention = retention(top.map("retention", false));
            List<Assumption> assumptions = assumptions();
            top.finish();
            if (ente == null || hours == null || moderation == null || sanctions == null || privateMessages == null) {
                return null;
            }
            return new Policy(format, id, revision, ente, purposes, channels, otherProfiles, hours, moderation,
                    sanctions, contacts, offices, privateMessages, templates, licence, initiatives, internalRules, chatbot,
                    publishing, periods, retention, assumptions);
        }

        private @Nullable Ente ente(@Nullable YamlMap map) {
            if (map == null) {
                return null;
            }
            String name = map.requiredText("name");
            EnteKind kind = map.enumValue("kind", EnteKind.class, true);
            String seat = map.requiredText("seat");
            String act = map.text("adopting_act", false);
            LocalDate modified = map.date("last_modified", false);
            var website = map.url("website", true);
            var source = map.url("source", false);
            map.finish();
            return kind == null || website == null ? null : new Ente(name, kind, seat, act, modified, website, source);
        }

        private List<Channel> channels() {
            List<Channel> result = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            List<Node> items = top.list("channels");
            if (items.isEmpty()) {
                top.problem("channels", "list at least one official channel");
            }
            for (int i = 0; i < items.size(); i++) {
                YamlMap map = top.item("channels", i, items.get(i));
                if (map == null) {
                    continue;
                }
                String id = map.requiredText("id");
                Platform platform = map.enumValue("platform", Platform.class, true);
                String handle = map.requiredText("handle");
                var url = map.url("url", true);
                String purpose = map.text("purpose", false);
                ChannelStatus status = map.enumValue("status", ChannelStatus.class, true);
                map.finish();
                if (!id.isEmpty() && !ids.add(id)) {
                    map.problem("id", "another channel already has id \"" + id + "\"; channel ids must be unique");
                }
                if (platform != null && url != null && status != null) {
                    result.add(new Channel(id, platform, handle, url, purpose, status));
                }
            }
            return result;
        }

        private @Nullable StaffedHoursRules hours(@Nullable YamlMap map) {
            if (map == null) {
                return null;
            }
            ZoneId zone = map.zone("zone", ZoneId.of("Europe/Rome"));
            List<WeeklySlot> slots = new ArrayList<>();
            List<Node> items = map.list("weekly");
            for (int i = 0; i < items.size(); i++) {
                YamlMap slot = map.item("weekly", i, items.get(i));
                if (slot == null) {
                    continue;
                }
                List<DayOfWeek> days = slot.enums("days", Day.class).stream().map(Day::dayOfWeek).toList();
                Node daysNode = slot.node("days");
                if (days.isEmpty() && daysNode == null) {
                    slot.problem("days", "missing field \"days\"; expected a list such as [MON, TUE, WED, THU, FRI]");
                } else if (daysNode instanceof SequenceNode list && list.getValue().isEmpty()) {
                    slot.problem("days", "the slot names no day; list its days, e.g. [MON, TUE, WED, THU, FRI]");
                }
                LocalTime from = slot.time("from");
                LocalTime to = slot.time("to");
                slot.finish();
                if (from != null && to != null && !to.isAfter(from)) {
                    slot.problem("to", "the slot ends at " + to + ", not after it starts at " + from
                            + "; write the end after the start, e.g. from: \"09:00\" to: \"13:00\"");
                    continue;
                }
                if (from == null || to == null) {
                    continue;
                }
                WeeklySlot candidate = new WeeklySlot(EnumSet.copyOf(days.isEmpty() ? List.of(DayOfWeek.MONDAY) : days), from, to);
                for (WeeklySlot other : slots) {
                    Set<DayOfWeek> shared = EnumSet.copyOf(other.days());
                    shared.retainAll(candidate.days());
                    if (!days.isEmpty() && !shared.isEmpty() && from.isBefore(other.to()) && other.from().isBefore(to)) {
                        slot.problem("from", "the slot " + from + "–" + to + " overlaps the slot " + other.from() + "–"
                                + other.to() + " on " + shared + "; merge them or make them follow each other");
                    }
                }
                if (!days.isEmpty()) {
                    slots.add(candidate);
                }
            }
            PatronDay patron = null;
            YamlMap patronMap = map.map("patron_day", false);
            if (patronMap != null) {
                MonthDay date = patronMap.monthDay("date");
                String name = patronMap.requiredText("name");
                patronMap.finish();
                if (date == null && patronMap.node("date") == null) {
                    patronMap.problem("date", "missing field \"date\"; expected a day of the year as MM-DD, e.g. 06-24");
                }
                patron = date == null ? null : new PatronDay(date, name);
            }
            List<Closure> closures = new ArrayList<>();
            List<Node> closureItems = map.list("closures");
            for (int i = 0; i < closureItems.size(); i++) {
                YamlMap closure = map.item("closures", i, closureItems.get(i));
                if (closure == null) {
                    continue;
                }
                LocalDate date = closure.date("date", true);
                String reason = closure.requiredText("reason");
                closure.finish();
                if (date != null) {
                    closures.add(new Closure(date, reason));
                }
            }
            String clause = map.text("clause", false);
            map.finish();
            return new StaffedHoursRules(zone, slots, patron, closures, clause);
        }

        private @Nullable ModerationRules moderation(@Nullable YamlMap map) {
            if (map == null) {
                return null;
            }
            ModerationMode mode = map.enumValue("mode", ModerationMode.class, true);
            double auto = orDefault(map.probability("auto_threshold", 0.85), 0.85);
            double review = orDefault(map.probability("review_threshold", 0.5), 0.5);
            boolean classifier = map.bool("classifier", true);
            if (review > auto) {
                map.problem("review_threshold", "review_threshold " + review + " is above auto_threshold " + auto
                        + "; a finding must need more confidence to be acted on alone than to be reviewed");
            }
            Map<Category, CategoryRule> rules = new EnumMap<>(Category.class);
            YamlMap categories = map.map("categories", true);
            if (categories != null) {
                for (String key : categories.keys()) {
                    Node keyNode = categories.keyNode(key);
                    Category category = keyNode == null ? null
                            : YamlMap.enumOf(problems, categories.path() + "." + key, keyNode, Category.class);
                    YamlMap rule = categories.map(key, true);
                    if (category == null || rule == null) {
                        continue;
                    }
                    ContentAction action = rule.enumValue("action", ContentAction.class, true);
                    String clause = rule.text("clause", false);
                    Double threshold = rule.probability("threshold", null);
                    rule.finish();
                    if (action != null && action != ContentAction.KEEP && (clause == null || clause.isBlank())) {
                        rule.problem("clause", "the category " + category + " is enabled (action " + action
                                + ") but has no clause; copy the sentence of the ente's policy that grounds it");
                        continue;
                    }
                    if (action != null) {
                        rules.put(category, new CategoryRule(category, action, clause == null ? "" : clause, threshold));
                    }
                }
                categories.finish();
            }
            map.finish();
            return mode == null ? null : new ModerationRules(mode, auto, review, rules, classifier);
        }

        private @Nullable Sanctions sanctions(@Nullable YamlMap map) {
            if (map == null) {
                return null;
            }
            boolean warningFirst = map.bool("warning_before_ban", false);
            Ban ban = new Ban(false, false, false, 3, null);
            YamlMap banMap = map.map("ban", false);
            if (banMap != null) {
                boolean allowed = banMap.bool("allowed", false);
                ban = new Ban(allowed, banMap.bool("fake_accounts", false), banMap.bool("repeat_offenders", false),
                        banMap.integer("strikes", 3, 1), clauseIf(banMap, allowed));
                banMap.finish();
            }
            Report platform = report(map.map("report_platform", false));
            Report authority = report(map.map("report_authority", false));
            String notify = null;
            YamlMap notifyMap = map.map("notify_author", false);
            if (notifyMap != null) {
                notify = notifyMap.text("clause", false);
                notifyMap.finish();
            }
            Period expiry = map.period("strike_expiry", Period.ofMonths(6));
            Period defaultBan = map.period("default_ban", Period.ofDays(30));
            map.finish();
            return new Sanctions(warningFirst, ban, platform, authority, notify, expiry, defaultBan);
        }

        private Report report(@Nullable YamlMap map) {
            if (map == null) {
                return new Report(false, Set.of(), null);
            }
            boolean allowed = map.bool("allowed", false);
            Set<Category> categories = EnumSet.noneOf(Category.class);
            categories.addAll(map.enums("categories", Category.class));
            String clause = clauseIf(map, allowed);
            map.finish();
            return new Report(allowed, categories, clause);
        }

        private static @Nullable String clauseIf(YamlMap map, boolean required) {
            String clause = map.text("clause", false);
            if (required && (clause == null || clause.isBlank())) {
                map.problem("clause", "missing clause; copy the sentence of the ente's policy that allows this measure");
            }
            return clause;
        }

        private List<Contact> contacts() {
            List<Contact> result = new ArrayList<>();
            List<Node> items = top.list("contacts");
            for (int i = 0; i < items.size(); i++) {
                YamlMap map = top.item("contacts", i, items.get(i));
                if (map == null) {
                    continue;
                }
                ContactKind kind = map.enumValue("kind", ContactKind.class, true);
                String label = map.requiredText("label");
                String email = map.text("email", false);
                String phone = map.text("phone", false);
                var url = map.url("url", false);
                String address = map.text("address", false);
                map.finish();
                if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}")) {
                    map.problem("email", "\"" + email + "\" is not an e-mail address; expected name@domain.it");
                }
                if (email == null && phone == null && url == null && address == null) {
                    map.problem("label", "the contact \"" + label + "\" has no way to reach it; add email, phone, url or address");
                }
                if (kind != null) {
                    result.add(new Contact(kind, label, email, phone, url, address));
                }
            }
            return result;
        }

        private List<Office> offices() {
            List<Office> result = new ArrayList<>();
            Map<Topic, String> owners = new EnumMap<>(Topic.class);
            List<Node> items = top.list("offices");
            for (int i = 0; i < items.size(); i++) {
                YamlMap map = top.item("offices", i, items.get(i));
                if (map == null) {
                    continue;
                }
                String id = map.requiredText("id");
                String name = map.requiredText("name");
                List<Topic> topics = map.enums("topics", Topic.class);
                String email = map.text("email", false);
                String phone = map.text("phone", false);
                var url = map.url("url", false);
                String address = map.text("address", false);
                map.finish();
                if (!id.isEmpty() && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    map.problem("id", "\"" + id + "\" is not a valid office id; use lower-case letters, digits and dashes, e.g. servizi-sociali");
                } else if (result.stream().anyMatch(o -> o.id().equals(id))) {
                    map.problem("id", "another office already has id \"" + id + "\"; office ids must be unique");
                }
                if (!map.has("topics")) {
                    map.problem("topics", "missing field \"topics\"; expected a list such as [WASTE, ENVIRONMENT]");
                } else if (map.node("topics") instanceof SequenceNode list && list.getValue().isEmpty()) {
                    map.problem("topics", "the office handles no topic; list its topics, e.g. [WASTE]");
                }
                for (Topic topic : topics) {
                    String owner = owners.putIfAbsent(topic, id);
                    if (owner != null && !owner.equals(id)) {
                        map.problem("topics", "the topic " + topic + " is already handled by the office \"" + owner
                                + "\"; each topic goes to one office");
                    }
                }
                if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}")) {
                    map.problem("email", "\"" + email + "\" is not an e-mail address; expected name@domain.it");
                }
                if (email == null && phone == null && url == null && address == null) {
                    map.problem("name", "the office \"" + name + "\" has no way to reach it; add email, phone, url or address");
                }
                result.add(new Office(id, name, topics, email, phone, url, address));
            }
            return result;
        }

        private @Nullable PrivateMessageRules privateMessages(@Nullable YamlMap map, List<Contact> contacts) {
            if (map == null) {
                return null;
            }
            Redirect assistance = map.enumValue("assistance", Redirect.class, true);
            Redirect complaints = map.enumValue("complaints", Redirect.class, true);
            List<ContactKind> complaintContacts = map.enums("complaint_contacts", ContactKind.class);
            for (ContactKind kind : complaintContacts) {
                if (contacts.stream().noneMatch(c -> c.kind() == kind)) {
                    map.problem("complaint_contacts", "complaints are sent to " + kind
                            + " but the contacts list no " + kind + "; add it under contacts");
                }
            }
            Boolean protocolled = map.optionalBool("protocolled");
            Boolean guaranteed = map.optionalBool("response_time_guaranteed");
            List<String> clauses = map.texts("clauses");
            map.finish();
            return assistance == null || complaints == null ? null
                    : new PrivateMessageRules(assistance, complaints, complaintContacts, protocolled, guaranteed, clauses);
        }

        private Map<ReplyTemplate, String> templates(@Nullable YamlMap map) {
            Map<ReplyTemplate, String> result = new EnumMap<>(ReplyTemplate.class);
            if (map == null) {
                return result;
            }
            for (String key : map.keys()) {
                Node keyNode = map.keyNode(key);
                ReplyTemplate template = keyNode == null ? null
                        : YamlMap.enumOf(problems, map.path() + "." + key, keyNode, ReplyTemplate.class);
                String text = map.text(key, true);
                if (template != null && text != null) {
                    result.put(template, text);
                }
            }
            map.finish();
            return result;
        }

        private @Nullable ContentLicence licence(@Nullable YamlMap map) {
            if (map == null) {
                return null;
            }
            String code = map.requiredText("code");
            boolean attribution = map.bool("attribution_required", true);
            boolean commercial = map.bool("commercial_use", true);
            String clause = map.requiredText("clause");
            map.finish();
            return new ContentLicence(code, attribution, commercial, clause);
        }

        private ThirdPartyInitiatives initiatives(@Nullable YamlMap map) {
            if (map == null) {
                return new ThirdPartyInitiatives(false, Set.of(), null);
            }
            boolean allowed = map.bool("allowed", false);
            List<InitiativeCondition> conditions = map.enums("conditions", InitiativeCondition.class);
            String clause = clauseIf(map, allowed);
            map.finish();
            return new ThirdPartyInitiatives(allowed, conditions.isEmpty() ? Set.of() : EnumSet.copyOf(conditions), clause);
        }

        private List<InternalRule> internalRules() {
            List<InternalRule> result = new ArrayList<>();
            List<Node> items = top.list("internal_rules");
            for (int i = 0; i < items.size(); i++) {
                YamlMap map = top.item("internal_rules", i, items.get(i));
                if (map == null) {
                    continue;
                }
                String code = map.requiredText("code");
                Map<String, String> params = new LinkedHashMap<>();
                YamlMap paramMap = map.map("params", false);
                if (paramMap != null) {
                    for (String key : paramMap.keys()) {
                        String value = paramMap.text(key, true);
                        if (value != null) {
                            params.put(key, value);
                        }
                    }
                    paramMap.finish();
                }
                String clause = map.requiredText("clause");
                map.finish();
                result.add(new InternalRule(code, params, clause));
            }
            return result;
        }

        private @Nullable ChatbotRules chatbot(@Nullable YamlMap map) {
            if (map == null) {
                return null;
            }
            String disclosure = map.requiredText("disclosure");
            String clause = map.requiredText("clause");
            map.finish();
            return new ChatbotRules(disclosure, clause);
        }

        private Map<PublishingCheck, String> publishing(@Nullable YamlMap map) {
            Map<PublishingCheck, String> result = new EnumMap<>(PublishingCheck.class);
            if (map == null) {
                return result;
            }
            for (String key : map.keys()) {
                Node keyNode = map.keyNode(key);
                PublishingCheck check = keyNode == null ? null
                        : YamlMap.enumOf(problems, map.path() + "." + key, keyNode, PublishingCheck.class);
                String clause = map.text(key, true);
                if (check != null && clause != null) {
                    result.put(check, clause);
                }
            }
            map.finish();
            return result;
        }

        private List<ElectoralPeriod> electoralPeriods() {
            List<ElectoralPeriod> result = new ArrayList<>();
            List<Node> items = top.list("electoral_periods");
            for (int i = 0; i < items.size(); i++) {
                YamlMap map = top.item("electoral_periods", i, items.get(i));
                if (map == null) {
                    continue;
                }
                String name = map.requiredText("name");
                LocalDate from = map.date("from", true);
                LocalDate to = map.date("to", true);
                map.finish();
                if (from != null && to != null && to.isBefore(from)) {
                    map.problem("to", "the period ends on " + to + ", before it starts on " + from);
                } else if (from != null && to != null) {
                    result.add(new ElectoralPeriod(name, from, to));
                }
            }
            return result;
        }

        private Retention retention(@Nullable YamlMap map) {
            if (map == null) {
                return new Retention(Period.ofMonths(6), Period.ofMonths(12), Period.ofMonths(6));
            }
            Retention retention = new Retention(map.period("evidence", Period.ofMonths(6)),
                    map.period("warnings", Period.ofMonths(12)), map.period("audit_log", Period.ofMonths(6)));
            map.finish();
            return retention;
        }

        private List<Assumption> assumptions() {
            List<Assumption> result = new ArrayList<>();
            List<Node> items = top.list("assumptions");
            for (int i = 0; i < items.size(); i++) {
                YamlMap map = top.item("assumptions", i, items.get(i));
                if (map == null) {
                    continue;
                }
                String path = map.requiredText("path");
                String note = map.requiredText("note");
                map.finish();
                if (!path.isEmpty() && !pathExists(path)) {
                    map.problem("path", "\"" + path + "\" names no field of this policy; write the path of an existing field, e.g. staffed_hours.weekly");
                }
                result.add(new Assumption(path, note));
            }
            return result;
        }

        private boolean pathExists(String path) {
            YamlMap map = top;
            String[] parts = path.split("\\.");
            for (int i = 0; i < parts.length; i++) {
                if (!map.keys().contains(parts[i])) {
                    return false;
                }
                if (i < parts.length - 1) {
                    Node next = map.node(parts[i]);
                    if (next == null || next instanceof ScalarNode) {
                        return false;
                    }
                    YamlMap child = YamlMap.of(new Problems("ignored"), parts[i], next);
                    if (child == null) {
                        return false;
                    }
                    map = child;
                }
            }
            return true;
        }

        private static double orDefault(@Nullable Double value, double fallback) {
            return value == null ? fallback : value;
        }
    }

    /** Days of the week as written in policy files. */
    private enum Day {
        MON(DayOfWeek.MONDAY), TUE(DayOfWeek.TUESDAY), WED(DayOfWeek.WEDNESDAY), THU(DayOfWeek.THURSDAY),
        FRI(DayOfWeek.FRIDAY), SAT(DayOfWeek.SATURDAY), SUN(DayOfWeek.SUNDAY);

        private final DayOfWeek dayOfWeek;

        Day(DayOfWeek dayOfWeek) {
            this.dayOfWeek = dayOfWeek;
        }

        DayOfWeek dayOfWeek() {
            return dayOfWeek;
        }
    }
}
