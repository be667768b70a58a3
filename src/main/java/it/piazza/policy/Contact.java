package it.piazza.policy;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * An official contact of the ente. At least one of e-mail, phone, url or address is present.
 *
 * @param kind what it is
 * @param label how citizens know it, e.g. "Contact Center ChiamaRoma 060606"
 * @param email e-mail or PEC address
 * @param phone phone number as written by the ente
 * @param url web address
 * @param address postal address
 */
public record Contact(ContactKind kind, String label, @Nullable String email, @Nullable String phone,
        @Nullable URI url, @Nullable String address) {

    /** @return the most useful single way to reach it, for a reply: e-mail, phone, url or address */
    public String reach() {
        return reach(email, phone, url, address, label);
    }

    /** @return the first of e-mail, phone, url and address that is given, else {@code name} */
    static String reach(@Nullable String email, @Nullable String phone, @Nullable URI url, @Nullable String address,
            String name) {
        if (email != null) {
            return email;
        }
        if (phone != null) {
            return phone;
        }
        if (url != null) {
            return url.toString();
        }
        return address == null ? name : address;
    }
}
