package fr.sensiblecity.ideas;

/** An idea's image as its page shows it. */
public record IdeaImage(long ideaId, String altText, String contentType, int width, int height) {

    /** What a resident gives with an idea: the file as uploaded, and the words that describe it. */
    public record Upload(byte[] content, String altText) {
    }

    /** The stored bytes, as the server re-encoded them. */
    public record Content(String contentType, byte[] bytes) {
    }
}
