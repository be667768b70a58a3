package it.piazza.policy;

/** Kinds of official contacts. */
public enum ContactKind {
    URP, URP_ONLINE, PEC, CONTACT_CENTER, CASA_DIGITALE, PRESS_OFFICE, SOCIAL_TEAM, EMAIL, PHONE, WEBSITE,
    ADDRESS, CIVIL_PROTECTION
}
