package fr.sensiblecity.base.live;

/** That something changed: which kind of thing, and its id. */
record Signal(LiveTopic topic, long key) {

    /** The signal as a short text, {@code TOPIC:key}, for a broker. */
    String encode() {
        return topic.name() + ":" + key;
    }

    /** A signal read back from {@link #encode()}. */
    static Signal decode(String text) {
        int colon = text.indexOf(':');
        return new Signal(LiveTopic.valueOf(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
    }
}
