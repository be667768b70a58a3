package it.piazza.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The published policy texts the presets come from, and the clauses of a policy to trace back to them. */
final class SeedTexts {

    private SeedTexts() {
    }

    /** @return the seed text of preset {@code id} ({@code src/test/resources/seeds/<id>.txt}) */
    static String of(String id) {
        try (InputStream in = SeedTexts.class.getResourceAsStream("/seeds/" + id + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("No seed text for preset " + id);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code text} with every run of whitespace (including non-breaking spaces) made one space */
    static String normaliseWhitespace(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }

    /** @return whether {@code clause} occurs in {@code seed}, character for character apart from whitespace runs */
    static boolean isVerbatim(String clause, String seed) {
        String normalised = normaliseWhitespace(clause);
        return !normalised.isEmpty() && normaliseWhitespace(seed).contains(normalised);
    }

    /** A sentence of a policy and the field it sits in. */
    record Quoted(String field, String text) {
    }

    /** @return every sentence {@code policy} claims to quote from its published text, with its field */
    static List<Quoted> quotedSentences(Policy policy) {
        List<Quoted> result = new ArrayList<>();
        policy.purposes().forEach(p -> result.add(new Quoted("purposes", p)));
        add(result, "other_profiles_notice", policy.otherProfilesNotice());
        add(result, "staffed_hours.clause", policy.hours().clause());
        policy.moderation().categories().forEach((category, rule) -> {
            if (rule.action() != ContentAction.KEEP) {
                result.add(new Quoted("moderation.categories." + category + ".clause", rule.clause()));
            }
        });
        Sanctions sanctions = policy.sanctions();
        add(result, "sanctions.ban.clause", sanctions.ban().clause());
        add(result, "sanctions.report_platform.clause", sanctions.reportPlatform().clause());
        add(result, "sanctions.report_authority.clause", sanctions.reportAuthority().clause());
        add(result, "sanctions.notify_author.clause", sanctions.notifyAuthorClause());
        policy.privateMessages().clauses().forEach(c -> result.add(new Quoted("private_messages.clauses", c)));
        if (policy.contentLicence() != null) {
            result.add(new Quoted("content_licence.clause", policy.contentLicence().clause()));
        }
        add(result, "third_party_initiatives.clause", policy.thirdPartyInitiatives().clause());
        policy.internalRules().forEach(r -> result.add(new Quoted("internal_rules." + r.code() + ".clause", r.clause())));
        if (policy.chatbot() != null) {
            result.add(new Quoted("chatbot.clause", policy.chatbot().clause()));
        }
        policy.publishing().forEach((check, clause) -> result.add(new Quoted("publishing." + check, clause)));
        return result;
    }

    private static void add(List<Quoted> result, String field, String text) {
        if (text != null) {
            result.add(new Quoted(field, text));
        }
    }
}
