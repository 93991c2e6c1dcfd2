package fr.sensiblecity.base.live;

import fr.sensiblecity.base.NotShownToPeople;
/** What an open page may follow, each keyed by the id of the one thing it shows. */
@NotShownToPeople("names of live-update channels between servers")
public enum LiveTopic {
    /** An idea's support count; key: the idea. */
    IDEA_SUPPORTS,
    /** A comment or reply on an idea; key: the idea. */
    IDEA_COMMENTS,
    /** Amendments, votes, versions, recommendations or consultation comments of a draft; key: the draft. */
    DRAFT_ACTIVITY,
    /** Who is reading a draft; key: the draft. */
    DRAFT_PRESENCE,
    /** A resident's unread notifications; key: the resident. */
    RESIDENT_UNREAD,
    /** Ideas, supports, pledges or panels of a territory; key: the territory, or 0 for the whole platform. */
    TERRITORY_ACTIVITY,
    /** The thresholds administrators set; key: 0 (one set for the whole platform). */
    THRESHOLDS
}
