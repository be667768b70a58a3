package it.piazza.policy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How requests reach the ente through its channels.
 *
 * @param assistance how requests of assistance on personal cases are handled
 * @param complaints how complaints and reports of disservices are handled
 * @param complaintContacts the contacts complaints are sent to
 * @param protocolled whether messages on social are registered in the protocol, when the policy says
 * @param responseTimeGuaranteed whether the ente promises answer times, when the policy says
 * @param clauses the verbatim sentences
 */
public record PrivateMessageRules(Redirect assistance, Redirect complaints, List<ContactKind> complaintContacts,
        @Nullable Boolean protocolled, @Nullable Boolean responseTimeGuaranteed, List<String> clauses) {

    public PrivateMessageRules {
        complaintContacts = List.copyOf(complaintContacts);
        clauses = List.copyOf(clauses);
    }
}
