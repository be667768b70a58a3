package it.piazza.policy;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether citizens and associations may promote their initiatives on the ente's channels.
 *
 * @param allowed whether it is allowed at all
 * @param conditions what an initiative must be
 * @param clause the verbatim sentence
 */
public record ThirdPartyInitiatives(boolean allowed, Set<InitiativeCondition> conditions, @Nullable String clause) {

    public ThirdPartyInitiatives {
        conditions = Set.copyOf(conditions);
    }
}
