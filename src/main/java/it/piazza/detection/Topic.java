package it.piazza.detection;

/**
 * What a message is about, as far as routing to an office goes. A policy's {@code offices} name the topics
 * each office handles; Italian labels live in the message bundles under {@code topic.<CODE>}.
 */
public enum Topic {
    /** Waste collection, recycling centres, bins, abandoned waste. */
    WASTE,
    /** Public transport, parking, traffic, permits to drive and park, motorways. */
    MOBILITY,
    /** Roads, pavements, street lighting, public works. */
    ROADS,
    /** Local taxes and payments: TARI, IMU, notices and bills. */
    TAXES,
    /** Schools, nurseries, school canteens and school transport. */
    SCHOOLS,
    /** Social services, housing, benefits, disability, elderly care. */
    SOCIAL_SERVICES,
    /** Civil protection: alerts, bad weather, floods, fires, earthquakes. */
    CIVIL_PROTECTION,
    /** Registry office: identity cards, residence, certificates, electoral cards. */
    REGISTRY,
    /** Local police: fines, noise, illegal parking. */
    LOCAL_POLICE,
    /** Parks, trees, animals, pollution, pest control. */
    ENVIRONMENT,
    /** Building permits and town planning. */
    BUILDING,
    /** Libraries, museums, events, sport. */
    CULTURE
}
